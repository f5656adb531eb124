// Country data that Intl does not provide: ISO 3166-1 alpha-3 codes and common name variants.

/** ISO 3166-1 alpha-3 → alpha-2 for the 249 assigned codes, plus XKX (Kosovo, user-assigned, widely used). */
const ALPHA3_PAIRS =
  'AFG:AF ALA:AX ALB:AL DZA:DZ ASM:AS AND:AD AGO:AO AIA:AI ATA:AQ ATG:AG ARG:AR ARM:AM ABW:AW AUS:AU ' +
  'AUT:AT AZE:AZ BHS:BS BHR:BH BGD:BD BRB:BB BLR:BY BEL:BE BLZ:BZ BEN:BJ BMU:BM BTN:BT BOL:BO BES:BQ ' +
  'BIH:BA BWA:BW BVT:BV BRA:BR IOT:IO BRN:BN BGR:BG BFA:BF BDI:BI CPV:CV KHM:KH CMR:CM CAN:CA CYM:KY ' +
  'CAF:CF TCD:TD CHL:CL CHN:CN CXR:CX CCK:CC COL:CO COM:KM COG:CG COD:CD COK:CK CRI:CR CIV:CI HRV:HR ' +
  'CUB:CU CUW:CW CYP:CY CZE:CZ DNK:DK DJI:DJ DMA:DM DOM:DO ECU:EC EGY:EG SLV:SV GNQ:GQ ERI:ER EST:EE ' +
  'SWZ:SZ ETH:ET FLK:FK FRO:FO FJI:FJ FIN:FI FRA:FR GUF:GF PYF:PF ATF:TF GAB:GA GMB:GM GEO:GE DEU:DE ' +
  'GHA:GH GIB:GI GRC:GR GRL:GL GRD:GD GLP:GP GUM:GU GTM:GT GGY:GG GIN:GN GNB:GW GUY:GY HTI:HT HMD:HM ' +
  'VAT:VA HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR IRQ:IQ IRL:IE IMN:IM ISR:IL ITA:IT JAM:JM ' +
  'JPN:JP JEY:JE JOR:JO KAZ:KZ KEN:KE KIR:KI PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV LBN:LB LSO:LS ' +
  'LBR:LR LBY:LY LIE:LI LTU:LT LUX:LU MAC:MO MDG:MG MWI:MW MYS:MY MDV:MV MLI:ML MLT:MT MHL:MH MTQ:MQ ' +
  'MRT:MR MUS:MU MYT:YT MEX:MX FSM:FM MDA:MD MCO:MC MNG:MN MNE:ME MSR:MS MAR:MA MOZ:MZ MMR:MM NAM:NA ' +
  'NRU:NR NPL:NP NLD:NL NCL:NC NZL:NZ NIC:NI NER:NE NGA:NG NIU:NU NFK:NF MKD:MK MNP:MP NOR:NO OMN:OM ' +
  'PAK:PK PLW:PW PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH PCN:PN POL:PL PRT:PT PRI:PR QAT:QA REU:RE ' +
  'ROU:RO RUS:RU RWA:RW BLM:BL SHN:SH KNA:KN LCA:LC MAF:MF SPM:PM VCT:VC WSM:WS SMR:SM STP:ST SAU:SA ' +
  'SEN:SN SRB:RS SYC:SC SLE:SL SGP:SG SXM:SX SVK:SK SVN:SI SLB:SB SOM:SO ZAF:ZA SGS:GS SSD:SS ESP:ES ' +
  'LKA:LK SDN:SD SUR:SR SJM:SJ SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ THA:TH TLS:TL TGO:TG TKL:TK ' +
  'TON:TO TTO:TT TUN:TN TUR:TR TKM:TM TCA:TC TUV:TV UGA:UG UKR:UA ARE:AE GBR:GB USA:US UMI:UM URY:UY ' +
  'UZB:UZ VUT:VU VEN:VE VNM:VN VGB:VG VIR:VI WLF:WF ESH:EH YEM:YE ZMB:ZM ZWE:ZW XKX:XK';

export const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(
  ALPHA3_PAIRS.split(' ').map((pair) => pair.split(':') as [string, string]),
);

/** Alpha-2 codes we accept: the assigned ones (the alpha-3 table's targets). */
export const ALPHA2_CODES: ReadonlySet<string> = new Set(ALPHA3_TO_ALPHA2.values());

/** Names people write that no locale's display name covers. Keys are already in lookup form. */
export const COUNTRY_VARIANTS: Readonly<Record<string, string>> = {
  'usa': 'US', 'us': 'US', 'u s': 'US', 'united states of america': 'US', 'america': 'US',
  'the united states': 'US', 'us of a': 'US', '美利坚合众国': 'US', '美國': 'US',
  'uk': 'GB', 'u k': 'GB', 'great britain': 'GB', 'britain': 'GB', 'england': 'GB', 'scotland': 'GB',
  'wales': 'GB', 'northern ireland': 'GB', 'united kingdom of great britain and northern ireland': 'GB',
  '大不列颠': 'GB', '英格兰': 'GB', '苏格兰': 'GB',
  'prc': 'CN', 'p r c': 'CN', 'p r china': 'CN', 'pr china': 'CN', "people's republic of china": 'CN',
  'peoples republic of china': 'CN', 'mainland china': 'CN', 'china mainland': 'CN', 'chinese mainland': 'CN',
  '中华人民共和国': 'CN', '中国大陆': 'CN', '大陆': 'CN', '内地': 'CN', '中國': 'CN', '中国内地': 'CN',
  'hong kong sar': 'HK', 'hongkong': 'HK', 'hong kong china': 'HK', 'hksar': 'HK', '香港': 'HK',
  '中国香港': 'HK', '香港特别行政区': 'HK', '香港特區': 'HK',
  'macau': 'MO', 'macao': 'MO', 'macau sar': 'MO', 'macao sar': 'MO', '澳门': 'MO', '澳門': 'MO',
  '中国澳门': 'MO', '澳门特别行政区': 'MO',
  'taiwan roc': 'TW', 'republic of china': 'TW', 'chinese taipei': 'TW', 'taiwan province of china': 'TW',
  '台湾': 'TW', '台灣': 'TW', '中国台湾': 'TW', '台湾省': 'TW', '臺灣': 'TW',
  'deutschland': 'DE', 'brd': 'DE', 'federal republic of germany': 'DE',
  'korea': 'KR', 'republic of korea': 'KR', 'korea republic of': 'KR', 'korea south': 'KR', 'rok': 'KR',
  '韩国': 'KR', '南韩': 'KR', '南韓': 'KR', '大韩民国': 'KR',
  'north korea': 'KP', 'dprk': 'KP', 'korea north': 'KP', '朝鲜': 'KP', '北韩': 'KP',
  'russian federation': 'RU', '俄国': 'RU', '俄罗斯联邦': 'RU',
  'holland': 'NL', 'the netherlands': 'NL', 'nederland': 'NL',
  'uae': 'AE', 'u a e': 'AE', 'emirates': 'AE', '阿联酋': 'AE',
  'viet nam': 'VN', 'czech republic': 'CZ', 'turkey': 'TR', 'turkiye': 'TR', 'ivory coast': 'CI',
  'burma': 'MM', 'swaziland': 'SZ', 'macedonia': 'MK', 'laos': 'LA', 'iran islamic republic of': 'IR',
  'vatican': 'VA', 'holy see': 'VA', 'east timor': 'TL', 'cape verde': 'CV', 'palestine': 'PS',
  'bolivia plurinational state of': 'BO', 'venezuela bolivarian republic of': 'VE',
  'tanzania united republic of': 'TZ', 'moldova republic of': 'MD', 'syrian arab republic': 'SY',
  'lao pdr': 'LA', 'brunei darussalam': 'BN', 'nippon': 'JP', 'nihon': 'JP', 'espana': 'ES',
  'schweiz': 'CH', 'suisse': 'CH', 'svizzera': 'CH', 'osterreich': 'AT', 'italia': 'IT',
  '新西兰': 'NZ', '纽西兰': 'NZ', '星加坡': 'SG', '狮城': 'SG', '大马': 'MY',
};

/** Values that mean "no country given": reported, never read as Namibia ("NA") or similar. */
export const COUNTRY_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'na', 'n a', 'none', 'null', 'nil', 'unknown', 'other', 'others', 'tbd', 'xx', 'zz', '-', '--', '?',
  '未知', '无', '其他', '不详', '空',
]);
