/** The audit: findings, rule names, states, the terminal output, the audit page. */
export default {
  // Findings, one per stable rule id (OUTPUTS.md).
  'audit.finding.notice-missing':
    'Hội nghị {meeting} chưa có thông báo thời gian đối thoại (hoặc kế hoạch đăng thay thông báo). Đăng thông báo kèm hướng dẫn đăng ký và phiếu đăng ký vào thư mục thong-bao/.',
  'audit.finding.registration-form-missing':
    '{file} ({number}) không kèm phiếu đăng ký. Tải phiếu đăng ký lên thư mục tep/ và ghi vào trường registration.form.',
  'audit.finding.registration-form-missing.earlier':
    '{file} ({number}) không kèm phiếu đăng ký. KH 85/KH-UBND ngày 05/4/2024 yêu cầu thông báo kèm phiếu đăng ký; văn bản {plan} không có trong tài liệu nên chỉ cảnh báo. Tải phiếu đăng ký lên thư mục tep/ và ghi vào trường registration.form.',
  'audit.finding.notice-lead':
    'Thông báo đăng trên Cổng ngày {done}, muộn {late} ngày làm việc so với hạn {due} (phải trước ít nhất {days} ngày làm việc trọn vẹn trước ngày họp {meetingDay}).',
  'audit.finding.notice-lead.none': 'Thông báo đăng trên Cổng ngày {done}, không trước ngày họp {meetingDay}.',
  'audit.finding.notice-desk':
    'Thông báo niêm yết tại {desk} ngày {done}, muộn {late} ngày làm việc so với hạn {due} (trước ít nhất {days} ngày làm việc trọn vẹn trước ngày họp {meetingDay}).',
  'audit.finding.notice-desk.none': 'Thông báo niêm yết tại {desk} ngày {done}, không trước ngày họp {meetingDay}.',
  'audit.finding.notice-desk.missing':
    'Chưa ghi ngày niêm yết thông báo tại {desk} (hạn {due}). Ghi ngày vào trường postedAtDesk của thông báo.',
  'audit.finding.petition-cutoff':
    'Hạn nhận kiến nghị đã thông báo là {done}, muộn {late} ngày làm việc so với {due}: kiến nghị phải được tiếp nhận trước ít nhất {days} ngày làm việc trước ngày họp {meetingDay}.',
  'audit.finding.quorum': 'Chưa đủ điều kiện tổ chức tính đến hạn nhận kiến nghị {due}: {counts}.',
  'audit.finding.quorum.registered': '{found} đơn vị đăng ký (tối thiểu {min})',
  'audit.finding.quorum.registeredUnknown': 'chưa ghi số đơn vị đăng ký (registeredCount; tối thiểu {min})',
  'audit.finding.quorum.petitions': '{found} kiến nghị nhận trước hạn (tối thiểu {min})',
  'audit.finding.quorum.attended': '{found} đơn vị tham dự (tối thiểu {min})',
  'audit.finding.quorum.stop':
    'Hết hạn nhận kiến nghị {due} không có kiến nghị và đăng ký tham dự nào: kế hoạch yêu cầu báo cáo thành phố dừng hoặc hoãn hội nghị. Ghi báo cáo và đổi trạng thái thành postponed hoặc cancelled.',
  'audit.finding.invitations':
    'Mời {found} đơn vị; kế hoạch yêu cầu mời tối thiểu {min} doanh nghiệp, hợp tác xã, hộ kinh doanh (số mời, không phải điều kiện tổ chức).',
  'audit.finding.invitations.unknown':
    'Chưa ghi số đơn vị được mời (invitedCount); kế hoạch yêu cầu mời tối thiểu {min}, có {attended} đơn vị tham dự. Ghi số đơn vị đã gửi giấy mời.',
  'audit.finding.invitations.unknownNoAttendance':
    'Chưa ghi số đơn vị được mời (invitedCount); kế hoạch yêu cầu mời tối thiểu {min}. Ghi số đơn vị đã gửi giấy mời.',
  'audit.finding.petition-cutoff.date': 'Hạn nhận kiến nghị đã thông báo là {done}, sau ngày {due} mà kế hoạch ấn định.',
  'audit.finding.meeting-date': 'Hội nghị họp ngày {day}; kế hoạch yêu cầu tổ chức chậm nhất ngày {due}.',
  'audit.finding.meeting-date.none': 'Hội nghị chưa có ngày họp; kế hoạch yêu cầu tổ chức chậm nhất ngày {due}, đã quá ngày đó.',
  'audit.finding.content-missing':
    'Hội nghị {meeting} đã tổ chức nhưng chưa đăng nội dung hội nghị (chương trình, báo cáo, biên bản) vào thư mục noi-dung/.',
  'audit.finding.petitions-missing':
    'Hội nghị {meeting} đã tổ chức nhưng phần phản ánh kiến nghị chưa có kiến nghị nào (thư mục kien-nghi/).',
  'audit.finding.answer-overdue':
    'Kiến nghị {code} chưa có văn bản trả lời; hạn trả lời là {due} ({days} ngày làm việc sau hội nghị), đã quá hạn.',
  'audit.finding.answer-late':
    'Kiến nghị {code} được trả lời ngày {done}, muộn {late} ngày làm việc so với hạn {due} ({days} ngày làm việc sau hội nghị).',
  'audit.finding.conclusion-missing': 'Hội nghị {meeting} đã tổ chức nhưng chưa đăng thông báo kết luận vào thư mục ket-luan/.',
  'audit.finding.conclusion-missing.due':
    'Hội nghị {meeting} chưa đăng thông báo kết luận; hạn là {due} ({days} ngày làm việc sau hội nghị), đã quá hạn.',
  'audit.finding.conclusion-late': 'Thông báo kết luận đăng ngày {done}, muộn {late} ngày làm việc so với hạn {due}.',
  'audit.finding.report-due':
    'Chưa ghi báo cáo kết quả gửi {reportTo}; hạn là {due} ({days} ngày làm việc sau hội nghị). Gửi báo cáo (npm run report) rồi ghi số, ngày vào trường report của hội nghị.',
  'audit.finding.report-due.late': 'Báo cáo kết quả gửi {reportTo} ngày {done}, muộn {late} ngày làm việc so với hạn {due}.',
  'audit.finding.frequency': 'Năm {year} đơn vị tổ chức {found} hội nghị, kế hoạch yêu cầu ít nhất {min}.',
  'audit.finding.calendar-unconfirmed':
    'Hạn {dates} rơi vào năm {year}, chưa có lịch nghỉ chính thức: ngày làm việc được tính theo Bộ luật Lao động và có thể sai. Thêm tệp lich-nghi/{year}.yaml với confirmed: true khi có thông báo nghỉ lễ.',
  'audit.finding.calendar-unconfirmed.day':
    'Hạn {dates} được tính qua ngày {day} ({name}), mà lịch nghỉ năm {year} ghi là chưa xác nhận: ngày làm việc có thể sai. Đối chiếu với văn bản gốc rồi bỏ đánh dấu unconfirmed của ngày đó trong lich-nghi/{year}.yaml.',
  'audit.finding.status-stale':
    'Ngày họp {day} của hội nghị {meeting} đã qua nhưng trạng thái vẫn là "{status}". Cập nhật trạng thái (đã tổ chức, hoãn hoặc dừng); các thời hạn sau hội nghị được tính từ ngày họp đã thông báo.',
  'audit.finding.notice-missing.postponement':
    'Hội nghị {meeting} đã {what} nhưng phần thông báo chưa có thông báo hoãn, dừng. Đăng thông báo (loại "Thông báo hoãn, dừng") vào thư mục thong-bao/.',
  'audit.finding.postponement-report.early':
    'Văn bản {number} ngày {done} báo cáo việc {what} hội nghị được ban hành trước hạn nhận kiến nghị {cutoff}: chỉ báo cáo {what} khi đã quá hạn tiếp nhận.',
  'audit.finding.postponement-report.early.to':
    'Văn bản {number} gửi {to} ngày {done} về việc {what} hội nghị, trước hạn nhận kiến nghị {cutoff}: chỉ báo cáo {what} khi đã quá hạn tiếp nhận.',
  'audit.finding.postponement-report.late':
    'Văn bản {number} ngày {done} báo cáo việc {what} hội nghị không trước ngày họp đã thông báo {meetingDay}.',
  'audit.finding.postponement-report.late.to':
    'Văn bản {number} gửi {to} ngày {done} về việc {what} hội nghị, không trước ngày họp đã thông báo {meetingDay}.',
  'audit.finding.postponement-report.recipients':
    'Chưa ghi nơi nhận văn bản {number} về việc hoãn, dừng hội nghị: kế hoạch yêu cầu gửi Ủy ban nhân dân thành phố và {reportTo}. Ghi từng nơi nhận và ngày gửi vào trường postponement.recipients.',
  'audit.finding.postponement-report.recipient': 'Văn bản {number} về việc hoãn, dừng hội nghị chưa gửi: {missing}.',
  'audit.finding.answer-cancelled':
    'Hội nghị {meeting} đã dừng tổ chức; kiến nghị {code} (tiếp nhận ngày {received}) vẫn chưa được trả lời. Trả lời bằng văn bản, chuyển cơ quan có thẩm quyền hoặc đưa vào hội nghị sau.',
  'audit.finding.notice-after-deadline':
    'Thông báo {number} đăng ngày {done}, sau hạn đăng ký và gửi kiến nghị {due} mà chính thông báo nêu: doanh nghiệp không còn thời gian đăng ký. Đăng thông báo trước hạn, hoặc thông báo lại với hạn mới.',
  'audit.finding.conclusion-late.horizon':
    'Thông báo kết luận đăng ngày {done}, sau hạn báo cáo kết quả {due}; kế hoạch không quy định số ngày nên lấy hạn báo cáo làm mốc.',
  'audit.finding.transfer.resolved':
    'Kiến nghị {code} đã chuyển cơ quan khác ({to}) nhưng ghi "đã giải quyết triệt để": đơn vị chưa giải quyết, báo cáo không tính là đã giải quyết. Bỏ resolved: true, hoặc đổi tình trạng khi đã có kết quả giải quyết.',
  'audit.finding.transfer.document':
    'Kiến nghị {code} đã chuyển {to} nhưng chưa ghi số, ngày văn bản chuyển. Ghi vào trường answer (number, date) của kiến nghị.',
  'audit.finding.transfer.scope':
    'Kiến nghị {code} ghi "Thuộc thẩm quyền" nhưng đã chuyển {to}: chỉ chuyển kiến nghị ngoài thẩm quyền của đơn vị. Sửa phạm vi, hoặc tự giải quyết kiến nghị.',
  'audit.finding.report-due.recipient':
    'Báo cáo {number} chưa ghi gửi: {missing}. Kế hoạch yêu cầu gửi Ủy ban nhân dân thành phố và cơ quan tổng hợp; ghi từng nơi nhận và ngày gửi vào trường report.recipients.',
  'audit.calledOff.postponed': 'hoãn',
  'audit.calledOff.cancelled': 'dừng tổ chức',
  'audit.calledOff.city': 'Ủy ban nhân dân thành phố',
  // Rule names, for tables and the page.
  'audit.rule.notice-missing': 'Thiếu thông báo',
  'audit.rule.notice-lead': 'Đăng thông báo trên Cổng',
  'audit.rule.notice-desk': 'Niêm yết tại Bộ phận một cửa',
  'audit.rule.registration-form-missing': 'Thiếu phiếu đăng ký',
  'audit.rule.petition-cutoff': 'Hạn nhận kiến nghị',
  'audit.rule.quorum': 'Điều kiện tổ chức',
  'audit.rule.content-missing': 'Thiếu nội dung hội nghị',
  'audit.rule.petitions-missing': 'Thiếu phần kiến nghị',
  'audit.rule.answer': 'Trả lời kiến nghị',
  'audit.rule.answer-overdue': 'Quá hạn trả lời',
  'audit.rule.answer-late': 'Trả lời muộn',
  'audit.rule.conclusion': 'Thông báo kết luận',
  'audit.rule.conclusion-missing': 'Thiếu thông báo kết luận',
  'audit.rule.conclusion-late': 'Kết luận đăng muộn',
  'audit.rule.report-due': 'Báo cáo gửi thành phố',
  'audit.rule.frequency': 'Số hội nghị trong năm',
  'audit.rule.calendar-unconfirmed': 'Lịch nghỉ chưa xác nhận',
  'audit.rule.status-stale': 'Trạng thái chưa cập nhật',
  'audit.rule.postponement-report': 'Báo cáo hoãn, dừng',
  'audit.rule.notice-after-deadline': 'Thông báo sau hạn đăng ký',
  'audit.rule.transfer': 'Chuyển, báo cáo cấp trên',
  'audit.rule.invitations': 'Số đơn vị được mời',
  'audit.rule.meeting-date': 'Ngày họp theo kế hoạch',
  'audit.rule.meeting-before': 'Tổ chức trước ngày kế hoạch ấn định',
  'audit.rule.petition-cutoff-date': 'Hạn nhận kiến nghị kế hoạch ấn định',
  'audit.rule.stop': 'Điều kiện dừng, hoãn hội nghị',
  'audit.severity.error': 'Lỗi',
  'audit.severity.warning': 'Cảnh báo',
  // States of a part and of a deadline.
  'audit.state.present': 'Có',
  'audit.state.on-time': 'Đúng hạn',
  'audit.state.late': 'Muộn',
  'audit.state.missing': 'Thiếu',
  'audit.state.not-yet-due': 'Chưa đến hạn',
  'audit.state.not-judged': 'Không xét',
  'audit.state.overdue': 'Quá hạn',
  'audit.state.done': 'Đã thực hiện',
  'audit.state.unmet': 'Chưa đạt',
  'audit.wdEarly': 'sớm {days} ngày làm việc',
  'audit.wdLate': 'muộn {days} ngày làm việc',
  'audit.wdOnDay': 'đúng ngày hạn',
  'audit.lateBy': 'Muộn {days} ngày làm việc',
  // The terminal output.
  'audit.cli.usage': 'Cách dùng: npm run audit -- [--as-of YYYY-MM-DD] [--json]',
  'audit.cli.heading': 'Kiểm tra chuyên mục {unit} (bộ quy tắc {rules}), tính đến ngày {asOf}',
  'audit.cli.meeting': 'Hội nghị {id} ({status}{day})',
  'audit.cli.findings': 'Phát hiện',
  'audit.cli.unitFindings': 'Phát hiện chung của đơn vị',
  'audit.cli.noFindings': 'Không có phát hiện nào.',
  'audit.cli.col.rule': 'Quy định',
  'audit.cli.col.subject': 'Đối tượng',
  'audit.cli.col.due': 'Hạn',
  'audit.cli.col.done': 'Thực hiện',
  'audit.cli.col.state': 'Tình trạng',
  'audit.cli.col.part': 'Phần',
  'audit.cli.col.documents': 'Số văn bản',
  'audit.cli.summary': 'Tổng: {meetings} hội nghị, {complete} đủ bốn phần; {errors} lỗi, {warnings} cảnh báo.',
  'audit.cli.source': 'nguồn',
  // The audit page.
  'audit.page.title': 'Kiểm tra chuyên mục',
  'audit.page.intro':
    'Trang dành cho người kiểm tra: mỗi hội nghị có đủ bốn phần chưa, từng thời hạn đã được thực hiện đúng chưa, tính đến ngày {asOf}, theo {rules}.',
  'audit.page.rulesLayers': '{unitPlan}, thực hiện {rules}',
  'audit.page.notJudged':
    'Hội nghị trước ngày {date} (ngày {rules} có hiệu lực) không được kiểm tra theo kế hoạch này: chỉ đếm các phần, không có thời hạn hay phát hiện.',
  'audit.page.matrix': 'Bốn phần của từng hội nghị',
  'audit.page.matrixCaption': 'Tình trạng bốn phần của thư mục theo từng hội nghị, tính đến ngày {asOf}',
  'audit.page.timelines': 'Thời hạn của từng hội nghị',
  'audit.page.findings': 'Các phát hiện',
  'audit.page.noFindings': 'Không có phát hiện nào.',
  'audit.page.unitFindings': 'Phát hiện chung của đơn vị',
  'audit.page.source': 'Căn cứ',
  'audit.page.file': 'Tệp',
  'audit.page.noDeadlines': 'Hội nghị chưa có ngày họp nên chưa tính thời hạn.',
  'audit.page.howTitle': 'Cách tính thời hạn',
  'audit.page.how1':
    'Thời hạn tính theo ngày làm việc: từ thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, Tết, nghỉ bù và ngày hoán đổi; thứ Bảy làm bù được tính là ngày làm việc. Lịch nghỉ từng năm lấy từ thông báo chính thức (thư mục lich-nghi).',
  'audit.page.how2':
    'Theo Bộ luật Dân sự 2015 (Điều 147, 148), ngày xảy ra sự kiện không được tính: "trong N ngày làm việc sau hội nghị" kết thúc vào cuối ngày làm việc thứ N sau ngày họp.',
  'audit.page.how3':
    'Cách hiểu chặt: "trước ít nhất N ngày làm việc trước ngày họp" nghĩa là giữa ngày đăng (hoặc ngày nhận) và ngày họp phải có trọn vẹn N ngày làm việc, không tính ngày đăng và không tính ngày họp. Ví dụ: họp thứ Năm 26/02/2026, thông báo trước ít nhất 7 ngày làm việc thì phải đăng chậm nhất thứ Hai 09/02/2026.',
  'audit.page.how5':
    'Kiến nghị tiếp nhận sau ngày họp: hạn trả lời tính từ ngày tiếp nhận (không tính từ ngày họp), nên không bao giờ đến hạn trước khi được tiếp nhận. Hội nghị đã qua ngày họp mà trạng thái chưa cập nhật được kiểm tra như đã tổ chức vào ngày đã thông báo; hội nghị hoãn, dừng giữ các thời hạn đã đến trước ngày báo cáo hoãn, dừng.',
  'audit.page.how4': 'Năm chưa có lịch nghỉ chính thức được tính theo Bộ luật Lao động 2019 và có cảnh báo "lịch nghỉ chưa xác nhận".',
  'audit.page.reportLink': 'Báo cáo kết quả (Phụ lục)',
  'audit.page.timelineCaption': 'Các thời hạn: {meeting}',
  'audit.page.dueCol': 'Hạn',
  'audit.page.doneCol': 'Ngày thực hiện',
  'audit.page.stateCol': 'Tình trạng',
  'audit.page.sourceCol': 'Căn cứ',
  'audit.page.ruleCol': 'Việc phải làm',
  'audit.page.noDue': 'không quy định số ngày',
  'audit.page.quorumCounts': '{registered} đăng ký, {petitions} kiến nghị nhận trước hạn',
  'audit.page.summary': '{meetings} hội nghị, {complete} đủ bốn phần; {errors} lỗi, {warnings} cảnh báo.',
  'audit.timeline.heading': 'Các thời hạn',
  'audit.petition.due': 'Hạn trả lời bằng văn bản',
  'audit.petition.dueState': 'Tình trạng trả lời',
  'audit.finding.days': '{days} ngày làm việc sau hội nghị',
  'audit.petition.atMeeting': 'Đã trả lời trực tiếp tại hội nghị',
  'audit.state.unknown': 'không đánh giá được (thiếu dữ kiện)',
} as const;
