// The traditional characters of report vocabulary and their simplified forms
// (traditional.hpp). Each pair maps one traditional character to the one
// simplified character it always stands for in these reports; characters that
// are also simplified (著, 乾, 藉) are left out.
#include "ingest/traditional.hpp"

#include "ingest/unicode.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace jixiao::ingest {
namespace {

// Pairs of characters: traditional, then simplified (sorted when first used).
constexpr std::string_view pairs =
    "並并佔占併并來来係系個个們们偉伟側侧備备傳传債债傷伤僅仅僑侨價价儀仪億亿償偿優优儲储兌兑兒儿兩两冊册凱凯別别則则剛刚創创劃划劇剧劑剂動动務务勞劳勳勋勵励勸劝匯汇"
    "區区協协參参員员問问啟启單单噸吨嚮向嚴严國国圍围園园圓圆圖图團团執执堅坚報报場场塊块壇坛壓压壞坏壩坝壯壮壽寿夢梦奧奥奪夺奮奋婦妇孫孙學学實实寧宁審审寫写寬宽寶宝"
    "將将專专對对導导層层屬属島岛崗岗師师帳帐幣币幫帮幹干庫库廈厦廚厨廟庙廠厂廢废廣广廳厅張张強强彈弹彌弥彙汇後后從从復复徵征徹彻惡恶愛爱態态慣惯慮虑慶庆憑凭憲宪憶忆"
    "應应懲惩懷怀懸悬戀恋戰战戲戏戶户掃扫掛挂採采揀拣揚扬換换揮挥損损搶抢撥拨撫抚擁拥擇择擊击擋挡擔担據据擠挤擬拟擴扩擺摆擾扰攝摄敗败敵敌數数斷断於于時时晉晋暢畅暫暂"
    "曆历書书會会條条棄弃棟栋楊杨業业極极榮荣構构樁桩樂乐樓楼標标樣样橋桥機机檔档檢检檯台櫃柜權权歡欢歲岁歷历歸归殘残殺杀殼壳毀毁氣气決决沒没況况淨净淺浅減减測测湧涌"
    "準准溝沟溫温滅灭滬沪滯滞滷卤滿满漁渔漢汉漲涨漸渐潔洁潛潜潤润澤泽濕湿濟济濱滨瀋沈灑洒灘滩灣湾災灾為为無无煉炼煙烟熱热燈灯燒烧營营爭争爲为爺爷牆墙牽牵狀状猶犹獎奖"
    "獨独獲获獻献現现環环瓊琼產产畝亩畢毕畫画異异當当療疗發发盞盏盡尽監监盤盘眾众碩硕確确碼码礎础礙碍礦矿祇只祕秘禍祸禦御禮礼禱祷種种稱称穀谷積积穩稳穫获窮穷窯窑竄窜"
    "竊窃競竞筆笔節节範范築筑篩筛簡简簽签籃篮籌筹籤签糞粪糧粮糰团糾纠紀纪約约紅红紋纹納纳純纯紙纸級级紛纷紡纺細细紹绍終终組组結结絕绝絡络給给統统絲丝綁绑經经綜综綠绿"
    "綢绸維维綱纲網网綵彩綽绰緊紧線线緣缘編编緩缓練练縣县縫缝縮缩縱纵總总績绩織织繞绕繩绳繪绘繫系繳缴繼继續续纖纤罰罚羅罗義义翹翘聖圣聞闻聯联聲声聳耸職职聽听肅肃脫脱"
    "脹胀腦脑腳脚膚肤膠胶臨临臺台與与興兴舉举舊旧艙舱艱艰莊庄華华萬万葉叶蓋盖蓮莲蔔卜蔣蒋薑姜薦荐藍蓝藝艺藥药蘆芦蘇苏蘋苹蘭兰處处虛虚號号虧亏蝦虾蟲虫蠶蚕衆众術术衛卫"
    "衝冲裏里補补裝装裡里複复襯衬襲袭見见規规視视親亲覺觉覽览觀观觸触訂订計计訊讯討讨訓训記记訝讶訪访設设許许訴诉診诊詐诈評评詞词詢询試试詩诗該该詳详誇夸誌志認认誘诱"
    "語语誠诚誤误說说誰谁課课調调談谈請请諒谅論论諸诸諾诺謀谋謂谓謊谎講讲謝谢謹谨證证識识譜谱譯译議议護护譽誉讀读變变讓让讚赞豈岂豎竖豐丰豬猪貓猫貝贝負负財财貢贡貧贫"
    "貨货貫贯責责貴贵買买貸贷費费貼贴貿贸賀贺資资賊贼賞赏賠赔賣卖賦赋質质賬账賴赖賺赚購购賽赛贊赞贏赢趕赶趨趋跡迹踐践踴踊躍跃車车軌轨軍军軒轩軟软較较載载輔辅輕轻輛辆"
    "輝辉輩辈輪轮輸输轄辖轉转轎轿轟轰辦办辭辞辮辫辯辩農农這这連连週周進进運运過过達达違违遙遥遞递遠远適适遲迟遷迁選选遺遗遼辽還还邊边郵邮鄉乡鄒邹鄭郑鄰邻醜丑醫医醬酱"
    "釋释釘钉針针釣钓鈍钝鈔钞鈴铃鉛铅銀银銅铜銜衔銳锐銷销鋒锋鋪铺鋸锯鋼钢錄录錢钱錦锦錫锡錯错鍋锅鍛锻鍵键鍾钟鎊镑鎖锁鎚锤鎮镇鏈链鏟铲鏡镜鐘钟鐵铁鑄铸鑑鉴鑒鉴長长門门"
    "閃闪閉闭開开閒闲間间閘闸閣阁閱阅闆板闊阔闖闯關关陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶際际隨随險险隱隐隸隶隻只雖虽雙双雜杂雞鸡離离難难電电霧雾靈灵靜静鞏巩韓韩響响頁页"
    "頂顶頃顷項项順顺須须頌颂預预頒颁頓顿頗颇領领頭头頸颈頻频顆颗題题額额顏颜願愿類类顧顾顫颤顯显風风颱台飛飞飯饭飲饮飾饰餅饼養养餓饿餘余館馆餵喂饋馈饑饥馬马馳驰駐驻"
    "駕驾駛驶騎骑騙骗驅驱驕骄驗验驚惊骯肮髒脏體体髮发鬆松鬚须鬥斗鬧闹魚鱼魯鲁鮮鲜鳥鸟鳴鸣鴨鸭鵝鹅鷹鹰鹽盐麥麦麵面麼么黃黄點点黨党鼴鼹齊齐齒齿齡龄龍龙龜龟"
    "內内僱雇啓启撲扑";

const std::vector<std::pair<char32_t, char32_t>>& table() {
    static const std::vector<std::pair<char32_t, char32_t>> t = [] {
        const std::u32string all = to_u32(pairs);
        std::vector<std::pair<char32_t, char32_t>> out;
        for (std::size_t i = 0; i + 1 < all.size(); i += 2) out.emplace_back(all[i], all[i + 1]);
        std::sort(out.begin(), out.end());
        return out;
    }();
    return t;
}

std::optional<char32_t> simplified(char32_t c) {
    const auto& t = table();
    const auto it = std::lower_bound(t.begin(), t.end(), std::pair<char32_t, char32_t>{c, 0});
    if (it == t.end() || it->first != c) return std::nullopt;
    return it->second;
}

}  // namespace

std::optional<std::string> simplified_if_traditional(std::string_view utf8) {
    std::u32string text = to_u32(utf8);
    std::size_t ideographs = 0, traditional = 0;
    for (const char32_t c : text) {
        if (!is_ideograph(c)) continue;
        ++ideographs;
        if (simplified(c)) ++traditional;
    }
    if (traditional < 20 || traditional * 40 < ideographs) return std::nullopt;
    for (char32_t& c : text)
        if (const auto s = simplified(c)) c = *s;
    return to_utf8(text);
}

}  // namespace jixiao::ingest
