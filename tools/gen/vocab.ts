/**
 * Words for generated corpora: units of Hải Phòng, businesses, and petitions by group with their answers.
 * Content only (Vietnamese data, like the demo's Markdown), not interface text: it is what a unit's
 * editors would write. Templates take `{slot}`s the generator fills.
 */
import type { z } from 'astro/zod';
import type { petitionSchema } from '../../src/lib/ingest/schema/petition.ts';

export interface UnitSeed {
  slug: string;
  name: string;
  shortName: string;
  kind: 'department' | 'district' | 'commune' | 'zone-authority';
  place: string;
  sectionTitle: string;
  host: string;
  rules: 'kh-85-2024' | 'kh-121-2025' | 'kh-82-2026';
  oneStopDesk: string;
  /** Who answers petitions: the unit's own offices */
  offices: readonly string[];
  /** The short issuer in document numbers: `UBND`, `STC`, `BQL` */
  issuer: string;
}

const COMMUNE_SECTION = 'Đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh';
const SECTION = 'Đối thoại doanh nghiệp';

function ward(slug: string, kind: 'phường' | 'xã' | 'đặc khu', place: string, host: string): UnitSeed {
  return {
    slug,
    name: `Ủy ban nhân dân ${kind} ${place}`,
    shortName: `UBND ${kind} ${place}`,
    kind: 'commune',
    place,
    sectionTitle: COMMUNE_SECTION,
    host,
    rules: 'kh-82-2026',
    oneStopDesk: `Trung tâm Phục vụ hành chính công ${kind} ${place}`,
    offices: [
      `Phòng Kinh tế, Hạ tầng và Đô thị ${kind} ${place}`,
      `Văn phòng HĐND và UBND ${kind} ${place}`,
      `Phòng Văn hóa - Xã hội ${kind} ${place}`,
      `Trung tâm Phục vụ hành chính công ${kind} ${place}`,
    ],
    issuer: 'UBND',
  };
}

/** Units the generator draws from, in order: unit 1 is the first, and so on (then numbered copies). */
export const UNITS: readonly UnitSeed[] = [
  ward('phuong-hong-bang', 'phường', 'Hồng Bàng', 'hongbang.haiphong.gov.vn'),
  {
    slug: 'so-tai-chinh',
    name: 'Sở Tài chính thành phố Hải Phòng',
    shortName: 'Sở Tài chính',
    kind: 'department',
    place: 'Hải Phòng',
    sectionTitle: SECTION,
    host: 'sotaichinh.haiphong.gov.vn',
    rules: 'kh-85-2024',
    oneStopDesk: 'Bộ phận Một cửa Sở Tài chính tại Trung tâm Phục vụ hành chính công thành phố',
    offices: ['Phòng Doanh nghiệp, kinh tế tập thể và tư nhân', 'Phòng Quản lý giá và công sản', 'Văn phòng Sở Tài chính', 'Phòng Đầu tư'],
    issuer: 'STC',
  },
  {
    slug: 'bql-kkt',
    name: 'Ban Quản lý Khu kinh tế Hải Phòng',
    shortName: 'Ban Quản lý KKT Hải Phòng',
    kind: 'zone-authority',
    place: 'Hải Phòng',
    sectionTitle: SECTION,
    host: 'heza.haiphong.gov.vn',
    rules: 'kh-121-2025',
    oneStopDesk: 'Bộ phận Một cửa Ban Quản lý Khu kinh tế Hải Phòng',
    offices: [
      'Phòng Quản lý đầu tư',
      'Phòng Quản lý doanh nghiệp và lao động',
      'Phòng Quản lý quy hoạch và xây dựng',
      'Phòng Quản lý tài nguyên và môi trường',
    ],
    issuer: 'BQL',
  },
  ward('phuong-le-chan', 'phường', 'Lê Chân', 'lechan.haiphong.gov.vn'),
  ward('xa-an-lao', 'xã', 'An Lão', 'anlao.haiphong.gov.vn'),
  ward('dac-khu-cat-hai', 'đặc khu', 'Cát Hải', 'cathai.haiphong.gov.vn'),
  ward('phuong-thuy-nguyen', 'phường', 'Thủy Nguyên', 'thuynguyen.haiphong.gov.vn'),
  ward('xa-tien-lang', 'xã', 'Tiên Lãng', 'tienlang.haiphong.gov.vn'),
];

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lương',
  'Đinh',
  'Hà',
  'Phan',
  'Trịnh',
] as const;
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Đức', 'Thanh', 'Quang', 'Hữu', 'Thu', 'Ngọc', 'Xuân', 'Hồng', 'Mạnh'] as const;
export const GIVEN_NAMES = [
  'Hùng',
  'Lan',
  'Hòa',
  'Tuấn',
  'Hương',
  'Dũng',
  'Nga',
  'Thắng',
  'Yến',
  'Cường',
  'Thảo',
  'Long',
  'Hải',
  'Phương',
  'Quân',
  'Trang',
  'Khánh',
  'Sơn',
] as const;

/** Business name parts: `Công ty TNHH {sector} {brand}`. */
export const SECTORS = [
  'Cơ khí',
  'May mặc',
  'Thương mại và Dịch vụ',
  'Vận tải biển',
  'Logistics',
  'Xây dựng',
  'Vật liệu xây dựng',
  'Chế biến thủy sản',
  'Điện tử',
  'Nhựa',
  'Thực phẩm',
  'Đóng tàu',
  'Gỗ nội thất',
  'Bao bì',
  'Du lịch',
  'Nông sản',
  'Kho vận',
  'Thép',
  'Dược phẩm',
  'Phần mềm',
] as const;
export const BRANDS = [
  'Minh Phát',
  'Hưng Long',
  'Tân Đạt',
  'An Khang',
  'Phú Thịnh',
  'Hải An',
  'Đại Dương',
  'Sao Đỏ',
  'Bạch Đằng',
  'Thành Công',
  'Việt Hải',
  'Hoàng Gia',
  'Nam Triệu',
  'Cát Bà',
  'Đông Hải',
  'Kiến An',
  'Lạch Tray',
  'Hồng Phúc',
  'Tiên Phong',
  'Quang Minh',
  'Thái Sơn',
  'Ánh Dương',
] as const;
export const COMPANY_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH một thành viên', 'Doanh nghiệp tư nhân'] as const;
export const COOP_SECTORS = [
  'Dịch vụ nông nghiệp',
  'Thủy sản',
  'Rau an toàn',
  'Vận tải',
  'Môi trường',
  'Nuôi trồng hải sản',
  'Sản xuất muối',
] as const;
export const HOUSEHOLD_TRADES = [
  'Cửa hàng vật liệu xây dựng',
  'Xưởng mộc',
  'Cơ sở sản xuất bánh đa',
  'Cửa hàng điện máy',
  'Cơ sở sơ chế hải sản',
  'Nhà hàng',
  'Cơ sở may',
] as const;

export const STREETS = [
  'Lạch Tray',
  'Trần Phú',
  'Điện Biên Phủ',
  'Lê Hồng Phong',
  'Nguyễn Văn Linh',
  'Tôn Đức Thắng',
  'Hoàng Văn Thụ',
  'Đà Nẵng',
  'Bạch Đằng',
  'Nguyễn Trãi',
] as const;
export const INDUSTRIAL_ZONES = [
  'Khu công nghiệp Đình Vũ',
  'Khu công nghiệp Tràng Duệ',
  'Khu công nghiệp Nomura',
  'Khu công nghiệp An Dương',
  'Khu công nghiệp Nam Đình Vũ',
  'Cụm công nghiệp Tân Liên',
] as const;

export const HIGHER_AGENCIES = [
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Tài chính',
  'Thuế thành phố Hải Phòng',
  'Bảo hiểm xã hội thành phố Hải Phòng',
  'Sở Công Thương',
  'Ngân hàng Nhà nước Khu vực 3',
  'Công ty TNHH MTV Cấp nước Hải Phòng',
  'Sở Khoa học và Công nghệ',
] as const;

/** A petition group, from the schema (no copy of its list here). */
export type PetitionGroup = NonNullable<z.output<typeof petitionSchema>['group']>;

export interface PetitionTheme {
  title: string;
  /** Paragraphs of the petition, one of which is picked per slot list */
  problem: readonly string[];
  ask: readonly string[];
  /** What the answering office says when it answers in substance */
  answer: readonly string[];
}

/** Themes by the report's seven groups; each has several titles' worth of variation through the slots. */
export const THEMES: Readonly<Record<PetitionGroup, readonly PetitionTheme[]>> = {
  capital: [
    {
      title: 'Đề nghị hỗ trợ tiếp cận nguồn vốn đầu tư {project}',
      problem: [
        '{who} đang triển khai dự án {project} với tổng mức đầu tư khoảng {amount} tỷ đồng, trong đó vốn tự có chỉ chiếm khoảng {percent}%.',
        'Từ đầu năm {year}, đơn hàng tăng nhưng nguồn vốn lưu động không đủ để mở rộng sản xuất; {who} đã làm việc với một số ngân hàng nhưng chưa được giải ngân.',
      ],
      ask: [
        'Đề nghị {unit} hướng dẫn, giới thiệu {who} tiếp cận các nguồn vốn vay ưu đãi, quỹ hỗ trợ doanh nghiệp nhỏ và vừa.',
        'Đề nghị kết nối {who} với các quỹ đầu tư và chương trình tín dụng ưu đãi của thành phố.',
      ],
      answer: [
        'Dự án của {who} thuộc đối tượng được xem xét hỗ trợ từ **Quỹ Phát triển doanh nghiệp nhỏ và vừa** và các chương trình tín dụng ưu đãi của ngân hàng thương mại.',
        '{office} cử cán bộ hướng dẫn {who} hoàn thiện phương án sản xuất kinh doanh, hồ sơ vay vốn; {unit} có văn bản giới thiệu {who} làm việc với Quỹ.',
      ],
    },
    {
      title: 'Đề nghị hỗ trợ vốn đổi mới công nghệ, chuyển đổi số',
      problem: [
        '{who} có nhu cầu đầu tư phần mềm quản lý sản xuất và thiết bị tự động hóa, kinh phí dự kiến {amount} tỷ đồng.',
        'Chi phí chuyển đổi số lớn so với quy mô của {who}; các thủ tục đề nghị hỗ trợ còn phức tạp.',
      ],
      ask: ['Đề nghị hướng dẫn thủ tục đề nghị hỗ trợ từ chương trình hỗ trợ doanh nghiệp chuyển đổi số của thành phố năm {year}.'],
      answer: [
        '{who} thuộc đối tượng của Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; hồ sơ gồm đề xuất nhu cầu hỗ trợ và báo cáo tài chính năm gần nhất.',
        '{office} hướng dẫn {who} nộp hồ sơ trực tuyến trên Cổng dịch vụ công trước ngày 30 của tháng tiếp nhận.',
      ],
    },
  ],
  'interest-rate': [
    {
      title: 'Đề nghị chính sách hỗ trợ lãi suất vốn vay để duy trì sản xuất',
      problem: [
        'Chi phí lãi vay chiếm khoảng {percent}% giá thành sản phẩm của {who}; thời hạn thanh toán của đối tác kéo dài từ 30 lên 60 - 90 ngày.',
        '{who} sử dụng khoảng {workers} lao động địa phương, phải vay vốn lưu động để trả lương và mua nguyên liệu.',
      ],
      ask: [
        'Đề nghị {unit} kiến nghị thành phố có chính sách cấp bù lãi suất hoặc gói tín dụng ưu đãi đối với doanh nghiệp sử dụng nhiều lao động.',
      ],
      answer: [
        'Chính sách hỗ trợ lãi suất vốn vay không thuộc thẩm quyền quyết định của {unit}; nội dung kiến nghị đã được tổng hợp vào báo cáo kết quả hội nghị gửi cấp có thẩm quyền.',
        'Trong thời gian chờ ý kiến chỉ đạo, đề nghị {who} làm việc với ngân hàng cho vay về việc cơ cấu lại thời hạn trả nợ.',
      ],
    },
    {
      title: 'Đề nghị giảm lãi suất cho vay đối với hợp tác xã, hộ kinh doanh',
      problem: [
        'Lãi suất cho vay đối với hộ kinh doanh, hợp tác xã vẫn ở mức {percent}%/năm, cao hơn doanh nghiệp lớn, trong khi doanh thu năm {year} giảm.',
      ],
      ask: ['Đề nghị các ngân hàng trên địa bàn xem xét giảm lãi suất, kéo dài thời hạn vay đối với khoản vay phục vụ sản xuất.'],
      answer: [
        'Ngân hàng Nhà nước Khu vực 3 đã chỉ đạo các chi nhánh ngân hàng thương mại triển khai gói tín dụng ưu đãi năm {year} cho hộ kinh doanh, hợp tác xã với lãi suất thấp hơn 1 - 2%/năm.',
      ],
    },
  ],
  credit: [
    {
      title: 'Đề nghị tháo gỡ vướng mắc về tài sản bảo đảm khi vay vốn',
      problem: [
        'Khi vay vốn đầu tư dây chuyền, ngân hàng yêu cầu tài sản bảo đảm lớn hơn khoản vay, trong khi tài sản của {who} chủ yếu là máy móc đã khấu hao và nhà xưởng trên đất thuê trả tiền hằng năm.',
      ],
      ask: ['Đề nghị hướng dẫn hình thức thế chấp tài sản hình thành từ vốn vay và kết nối với Quỹ bảo lãnh tín dụng.'],
      answer: [
        '{unit} đã chủ trì buổi làm việc giữa {who} với đại diện hai ngân hàng thương mại; một ngân hàng thống nhất xem xét cho vay với tài sản bảo đảm là **tài sản hình thành từ vốn vay**.',
        '{office} hướng dẫn {who} điều kiện tiếp cận bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa theo Nghị định số 34/2018/NĐ-CP và các văn bản sửa đổi, bổ sung.',
      ],
    },
    {
      title: 'Đề nghị đơn giản hóa hồ sơ vay vốn tín dụng chính sách',
      problem: [
        'Hồ sơ vay vốn tín dụng chính sách yêu cầu nhiều giấy tờ xác nhận; {who} phải đi lại nhiều lần trong {days} ngày mới hoàn thiện.',
      ],
      ask: ['Đề nghị ngân hàng Chính sách xã hội rà soát, cắt giảm thành phần hồ sơ và cho phép nộp hồ sơ trực tuyến.'],
      answer: [
        'Ngân hàng Chính sách xã hội đã tiếp thu, rà soát và ban hành danh mục hồ sơ rút gọn; {who} có thể nộp hồ sơ qua điểm giao dịch tại {place}.',
      ],
    },
  ],
  policy: [
    {
      title: 'Đề nghị hướng dẫn chính sách hỗ trợ khi chuyển đổi từ hộ kinh doanh lên doanh nghiệp',
      problem: [
        '{who} hoạt động từ năm {since}, có {workers} lao động thường xuyên; đối tác yêu cầu phải là doanh nghiệp để ký hợp đồng và xuất hóa đơn.',
      ],
      ask: [
        'Đề nghị hướng dẫn trình tự chuyển đổi và các chính sách hỗ trợ hiện hành đối với hộ kinh doanh chuyển đổi thành doanh nghiệp.',
      ],
      answer: [
        'Hộ kinh doanh chuyển đổi thành doanh nghiệp được tư vấn, hướng dẫn miễn phí thủ tục thành lập, miễn lệ phí đăng ký doanh nghiệp lần đầu theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa.',
        '{office} cử cán bộ đầu mối hỗ trợ {who} lập hồ sơ đăng ký doanh nghiệp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
      ],
    },
    {
      title: 'Đề nghị hướng dẫn chính sách thuế đối với hộ kinh doanh khi bỏ thuế khoán',
      problem: [
        'Từ năm {year}, hộ kinh doanh chuyển sang kê khai thuế theo doanh thu thực tế; {who} chưa nắm rõ cách sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.',
      ],
      ask: ['Đề nghị cơ quan thuế tổ chức tập huấn, hướng dẫn cụ thể việc kê khai và sử dụng hóa đơn điện tử cho hộ kinh doanh.'],
      answer: [
        'Thuế cơ sở trên địa bàn tổ chức tập huấn cho hộ kinh doanh về kê khai thuế, hóa đơn điện tử khởi tạo từ máy tính tiền; lịch tập huấn được đăng trên Cổng thông tin điện tử.',
        'Hộ kinh doanh có doanh thu dưới ngưỡng chịu thuế không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân.',
      ],
    },
  ],
  'admin-procedure': [
    {
      title: 'Đề nghị rút ngắn thời gian cấp giấy phép xây dựng nhà xưởng',
      problem: [
        'Hồ sơ cấp giấy phép xây dựng nhà xưởng của {who} nộp từ tháng {month}/{year} phải bổ sung {times} lần, thời gian giải quyết kéo dài hơn {days} ngày.',
      ],
      ask: ['Đề nghị hướng dẫn một lần, đầy đủ thành phần hồ sơ và rút ngắn thời gian giải quyết thủ tục.'],
      answer: [
        'Hồ sơ của {who} đã được giải quyết trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        '{office} đã chấn chỉnh việc hướng dẫn hồ sơ; thành phần hồ sơ được niêm yết công khai tại Bộ phận một cửa và trên Cổng dịch vụ công.',
      ],
    },
    {
      title: 'Đề nghị hướng dẫn thủ tục đăng ký môi trường đối với cơ sở sản xuất',
      problem: [
        '{who} chưa rõ cơ sở thuộc đối tượng đăng ký môi trường hay phải cấp giấy phép môi trường theo Luật Bảo vệ môi trường; hồ sơ đã nộp bị trả lại.',
      ],
      ask: ['Đề nghị hướng dẫn cụ thể đối tượng, thành phần hồ sơ đăng ký môi trường và cơ quan tiếp nhận.'],
      answer: [
        'Cơ sở của {who} thuộc đối tượng **đăng ký môi trường** tại cấp xã; hồ sơ nộp tại Bộ phận một cửa hoặc trực tuyến trên Cổng dịch vụ công quốc gia.',
        '{office} đã liên hệ, hướng dẫn {who} hoàn thiện hồ sơ.',
      ],
    },
    {
      title: 'Đề nghị giải quyết hồ sơ bảo hiểm xã hội tồn đọng của người lao động',
      problem: [
        '{who} có {workers} hồ sơ chốt sổ bảo hiểm xã hội tồn đọng từ năm {since} do sai lệch thông tin sau khi sắp xếp đơn vị hành chính.',
      ],
      ask: ['Đề nghị cơ quan bảo hiểm xã hội hỗ trợ xử lý dứt điểm các hồ sơ tồn.'],
      answer: [
        'Bảo hiểm xã hội cơ sở đã phối hợp với {who} rà soát, xử lý xong các hồ sơ tồn; từ nay hồ sơ được tiếp nhận và trả kết quả điện tử.',
      ],
    },
  ],
  land: [
    {
      title: 'Đề nghị gia hạn thời gian thuê đất để tiếp tục sản xuất kinh doanh',
      problem: ['Hợp đồng thuê đất của {who} tại {zone} hết hạn năm {year}; {who} đã nộp hồ sơ gia hạn nhưng chưa có kết quả.'],
      ask: ['Đề nghị xem xét gia hạn thời gian thuê đất để {who} yên tâm đầu tư mở rộng nhà xưởng.'],
      answer: [
        'Việc gia hạn thuê đất thuộc thẩm quyền Ủy ban nhân dân thành phố; kiến nghị đã được chuyển Sở Nông nghiệp và Môi trường để giải quyết theo quy định.',
      ],
    },
    {
      title: 'Đề nghị hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất cho nhà xưởng',
      problem: [
        'Nhà xưởng của {who} xây dựng trên đất được giao từ năm {since} nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất, không thế chấp vay vốn được.',
      ],
      ask: ['Đề nghị hướng dẫn thủ tục, thời gian cấp giấy chứng nhận và cơ quan tiếp nhận hồ sơ sau khi sắp xếp chính quyền hai cấp.'],
      answer: [
        'Hồ sơ đề nghị cấp giấy chứng nhận nộp tại Chi nhánh Văn phòng đăng ký đất đai khu vực; thời gian giải quyết không quá 20 ngày làm việc.',
        '{office} phối hợp Văn phòng đăng ký đất đai kiểm tra hiện trạng, hướng dẫn {who} hoàn thiện hồ sơ.',
      ],
    },
  ],
  other: [
    {
      title: 'Đề nghị sửa chữa tuyến đường và hệ thống thoát nước vào khu sản xuất',
      problem: [
        'Tuyến đường dài khoảng {length} m dẫn vào khu sản xuất nơi {who} hoạt động xuống cấp, ngập úng mỗi khi mưa lớn, xe tải khó lưu thông.',
      ],
      ask: ['Đề nghị khảo sát, sửa chữa tuyến đường và nạo vét hệ thống thoát nước.'],
      answer: [
        '{office} đã khảo sát hiện trạng; việc sửa chữa tuyến đường được đưa vào kế hoạch duy tu năm {year}, nạo vét thoát nước hoàn thành trong tháng {month}.',
      ],
    },
    {
      title: 'Đề nghị hỗ trợ tuyển dụng, đào tạo lao động kỹ thuật',
      problem: ['{who} cần tuyển {workers} lao động có tay nghề nhưng nguồn cung tại địa phương hạn chế.'],
      ask: ['Đề nghị kết nối với các cơ sở giáo dục nghề nghiệp và Trung tâm Dịch vụ việc làm thành phố.'],
      answer: [
        'Trung tâm Dịch vụ việc làm thành phố đã đưa nhu cầu tuyển dụng của {who} lên sàn giao dịch việc làm định kỳ và kết nối với hai trường cao đẳng nghề.',
      ],
    },
    {
      title: 'Kiến nghị về tranh chấp hợp đồng với đối tác',
      problem: ['{who} có tranh chấp về thanh toán hợp đồng với một đối tác; đã nhiều lần gửi văn bản đề nghị nhưng chưa được giải quyết.'],
      ask: ['Đề nghị cơ quan chức năng can thiệp để đối tác thanh toán số tiền còn nợ.'],
      answer: [
        'Tranh chấp hợp đồng dân sự, kinh doanh thương mại thuộc thẩm quyền giải quyết của Tòa án hoặc Trọng tài thương mại, không thuộc phạm vi hội nghị đối thoại; {unit} đã hướng dẫn {who} thực hiện theo quy định.',
      ],
    },
  ],
};

export const PROJECTS = [
  'kho lạnh bảo quản nông sản',
  'dây chuyền gia công kết cấu thép',
  'nhà xưởng may mặc',
  'xưởng chế biến thủy sản',
  'bãi container',
  'nhà máy sản xuất bao bì',
] as const;

export const VENUES = [
  'Hội trường tầng 3, trụ sở {short}',
  'Phòng họp số 1, trụ sở {short}',
  'Hội trường Trung tâm Hội nghị thành phố',
  'Hội trường {short}',
] as const;
