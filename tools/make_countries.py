"""Write src/dragoman/resolve/data/countries.yaml from pycountry plus hand-written demonyms and capitals.

pycountry gives every ISO 3166-1 country and its French name; the news forms (short names, demonyms in
all inflections, capitals used as metonyms) are not in any installed package, so they are tabled here.
Run: .venv/bin/python tools/make_countries.py
"""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "resolve" / "data" / "countries.yaml"

# alpha-3: (English demonyms, French masculine singular demonyms, English capitals, French capitals).
# Several values are separated by ";". English: a plural in -s is added unless the word ends in
# s/sh/ch/ese/x/z or is marked "!". French: "m/f" gives the feminine, "m/f/mp/fp" all four forms,
# "!" an invariable word; otherwise the feminine and plurals follow the regular rules (see fr_forms).
# An empty French capital means the same as the English one.
TABLE: dict[str, tuple[str, str, str, str]] = {
    "ABW": ("Aruban", "arubais", "Oranjestad", ""),
    "AFG": ("Afghan", "afghan", "Kabul", "Kaboul"),
    "AGO": ("Angolan", "angolais", "Luanda", ""),
    "AIA": ("Anguillan", "anguillais", "", ""),
    "ALA": ("", "", "Mariehamn", ""),
    "ALB": ("Albanian", "albanais", "Tirana", "Tirana"),
    "AND": ("Andorran", "andorran", "Andorra la Vella", "Andorre-la-Vieille"),
    "ARE": ("Emirati;Emirian", "émirati;émirien", "Abu Dhabi", "Abou Dhabi;Abu Dhabi"),
    "ARG": ("Argentine;Argentinian", "argentin", "Buenos Aires", ""),
    "ARM": ("Armenian", "arménien", "Yerevan", "Erevan;Yerevan"),
    "ASM": ("American Samoan", "", "Pago Pago", ""),
    "ATA": ("", "", "", ""),
    "ATF": ("", "", "", ""),
    "ATG": ("Antiguan;Barbudan", "antiguais", "St. John's;Saint John's", "Saint John's"),
    "AUS": ("Australian;Aussie", "australien", "Canberra", ""),
    "AUT": ("Austrian", "autrichien", "Vienna", "Vienne"),
    "AZE": ("Azerbaijani;Azeri", "azerbaïdjanais;azéri", "Baku", "Bakou"),
    "BDI": ("Burundian", "burundais", "Gitega;Bujumbura", ""),
    "BEL": ("Belgian", "belge", "Brussels", "Bruxelles"),
    "BEN": ("Beninese", "béninois", "Porto-Novo;Cotonou", ""),
    "BES": ("", "", "Kralendijk", ""),
    "BFA": ("Burkinabe;Burkinabè!", "burkinabè!;burkinabé", "Ouagadougou", ""),
    "BGD": ("Bangladeshi", "bangladais;bangladeshi", "Dhaka", "Dacca;Dhaka"),
    "BGR": ("Bulgarian", "bulgare", "Sofia", ""),
    "BHR": ("Bahraini", "bahreïni;bahreïnien", "Manama", ""),
    "BHS": ("Bahamian", "bahaméen;bahamien", "Nassau", ""),
    "BIH": ("Bosnian", "bosnien", "Sarajevo", ""),
    "BLM": ("", "barthéloméen", "Gustavia", ""),
    "BLR": ("Belarusian;Belarussian;Byelorussian", "biélorusse;bélarusse", "Minsk", ""),
    "BLZ": ("Belizean", "bélizien", "Belmopan", ""),
    "BMU": ("Bermudian", "bermudien", "", ""),
    "BOL": ("Bolivian", "bolivien", "La Paz;Sucre", ""),
    "BRA": ("Brazilian", "brésilien", "Brasília;Brasilia", ""),
    "BRB": ("Barbadian;Bajan", "barbadien", "Bridgetown", ""),
    "BRN": ("Bruneian", "brunéien", "Bandar Seri Begawan", ""),
    "BTN": ("Bhutanese", "bhoutanais", "Thimphu", "Thimphou"),
    "BVT": ("", "", "", ""),
    "BWA": ("Botswanan;Motswana!;Batswana!", "botswanais", "Gaborone", ""),
    "CAF": ("Central African", "centrafricain", "Bangui", ""),
    "CAN": ("Canadian", "canadien", "Ottawa", ""),
    "CCK": ("", "", "", ""),
    "CHE": ("Swiss", "suisse;helvétique", "Bern", "Berne"),
    "CHL": ("Chilean", "chilien", "Santiago", ""),
    "CHN": ("Chinese", "chinois", "Beijing;Peking", "Pékin;Beijing"),
    "CIV": ("Ivorian", "ivoirien", "Yamoussoukro;Abidjan", ""),
    "CMR": ("Cameroonian", "camerounais", "Yaoundé", ""),
    "COD": ("Congolese", "congolais", "Kinshasa", ""),
    "COG": ("Congolese", "congolais", "Brazzaville", ""),
    "COK": ("Cook Islander", "", "Avarua", ""),
    "COL": ("Colombian", "colombien", "Bogotá;Bogota", ""),
    "COM": ("Comorian;Comoran", "comorien", "Moroni", ""),
    "CPV": ("Cape Verdean;Cabo Verdean", "cap-verdien", "Praia", ""),
    "CRI": ("Costa Rican", "costaricien;costaricain", "San José", ""),
    "CUB": ("Cuban", "cubain", "Havana", "La Havane"),
    "CUW": ("Curaçaoan", "curacien", "Willemstad", ""),
    "CXR": ("", "", "", ""),
    "CYM": ("Caymanian", "caïmanais", "George Town", ""),
    "CYP": ("Cypriot", "chypriote;cypriote", "Nicosia", "Nicosie"),
    "CZE": ("Czech;Czechs", "tchèque", "Prague", ""),
    "DEU": ("German", "allemand", "Berlin", ""),
    "DJI": ("Djiboutian", "djiboutien", "Djibouti", ""),
    "DMA": ("", "dominiquais", "Roseau", ""),
    "DNK": ("Danish;Dane", "danois", "Copenhagen", "Copenhague"),
    "DOM": ("Dominican", "dominicain", "Santo Domingo", "Saint-Domingue"),
    "DZA": ("Algerian", "algérien", "Algiers", "Alger"),
    "ECU": ("Ecuadorian;Ecuadorean", "équatorien", "Quito", ""),
    "EGY": ("Egyptian", "égyptien", "Cairo", "Le Caire"),
    "ERI": ("Eritrean", "érythréen", "Asmara", ""),
    "ESH": ("Sahrawi;Saharawi", "sahraoui", "", ""),
    "ESP": ("Spanish;Spaniard", "espagnol", "Madrid", ""),
    "EST": ("Estonian", "estonien", "Tallinn", ""),
    "ETH": ("Ethiopian", "éthiopien", "Addis Ababa", "Addis-Abeba"),
    "FIN": ("Finnish;Finn", "finlandais", "Helsinki", ""),
    "FJI": ("Fijian", "fidjien", "Suva", ""),
    "FLK": ("Falkland Islander", "", "", ""),
    "FRA": ("French;Frenchman!;Frenchmen!;Frenchwoman!", "français", "Paris", ""),
    "FRO": ("Faroese", "féroïen", "Tórshavn", ""),
    "FSM": ("Micronesian", "micronésien", "Palikir", ""),
    "GAB": ("Gabonese", "gabonais", "Libreville", ""),
    "GBR": ("British;Briton;Brit", "britannique", "London", "Londres"),
    "GEO": ("Georgian", "géorgien", "Tbilisi", "Tbilissi"),
    "GGY": ("", "guernesiais", "Saint Peter Port", ""),
    "GHA": ("Ghanaian", "ghanéen", "Accra", ""),
    "GIB": ("Gibraltarian", "gibraltarien", "", ""),
    "GIN": ("Guinean", "guinéen", "Conakry", ""),
    "GLP": ("Guadeloupean", "guadeloupéen", "Basse-Terre", ""),
    "GMB": ("Gambian", "gambien", "Banjul", ""),
    "GNB": ("Bissau-Guinean", "bissau-guinéen", "Bissau", ""),
    "GNQ": ("Equatorial Guinean;Equatoguinean", "équato-guinéen", "Malabo", ""),
    "GRC": ("Greek", "grec/grecque", "Athens", "Athènes"),
    "GRD": ("Grenadian", "grenadien", "St. George's;Saint George's", "Saint-Georges"),
    "GRL": ("Greenlandic!;Greenlander", "groenlandais", "Nuuk", ""),
    "GTM": ("Guatemalan", "guatémaltèque", "Guatemala City", "Guatemala"),
    "GUF": ("French Guianese", "guyanais", "Cayenne", ""),
    "GUM": ("Guamanian", "guamien", "Hagåtña", ""),
    "GUY": ("Guyanese", "guyanien", "Georgetown", ""),
    "HKG": ("Hong Konger;Hongkonger", "hongkongais", "", ""),
    "HMD": ("", "", "", ""),
    "HND": ("Honduran", "hondurien", "Tegucigalpa", ""),
    "HRV": ("Croatian;Croat", "croate", "Zagreb", ""),
    "HTI": ("Haitian", "haïtien", "Port-au-Prince", ""),
    "HUN": ("Hungarian", "hongrois", "Budapest", ""),
    "IDN": ("Indonesian", "indonésien", "Jakarta", "Jakarta;Djakarta"),
    "IMN": ("Manx", "mannois", "", ""),
    "IND": ("Indian", "indien", "New Delhi", "New Delhi;New Dehli"),
    "IOT": ("", "", "", ""),
    "IRL": ("Irish", "irlandais", "Dublin", ""),
    "IRN": ("Iranian", "iranien", "Tehran", "Téhéran"),
    "IRQ": ("Iraqi", "irakien;iraquien", "Baghdad", "Bagdad"),
    "ISL": ("Icelandic!;Icelander", "islandais", "Reykjavik;Reykjavík", ""),
    "ISR": ("Israeli", "israélien", "Jerusalem", "Jérusalem"),
    "ITA": ("Italian", "italien", "Rome", ""),
    "JAM": ("Jamaican", "jamaïcain", "Kingston", ""),
    "JEY": ("", "jersiais", "Saint Helier", ""),
    "JOR": ("Jordanian", "jordanien;hachémite", "Amman", ""),
    "JPN": ("Japanese", "japonais;nippon", "Tokyo", ""),
    "KAZ": ("Kazakh;Kazakhstani", "kazakh;kazakhstanais", "Astana", ""),
    "KEN": ("Kenyan", "kényan;kenyan", "Nairobi", ""),
    "KGZ": ("Kyrgyz;Kirghiz;Kyrgyzstani", "kirghiz;kirghizistanais", "Bishkek", "Bichkek"),
    "KHM": ("Cambodian", "cambodgien", "Phnom Penh", ""),
    "KIR": ("I-Kiribati!", "kiribatien", "Tarawa", ""),
    "KNA": ("Kittitian;Nevisian", "kittitien", "Basseterre", ""),
    "KOR": ("South Korean", "sud-coréen", "Seoul", "Séoul"),
    "KWT": ("Kuwaiti", "koweïtien", "Kuwait City", "Koweït"),
    "LAO": ("Laotian;Lao!", "laotien", "Vientiane", ""),
    "LBN": ("Lebanese", "libanais", "Beirut", "Beyrouth"),
    "LBR": ("Liberian", "libérien", "Monrovia", ""),
    "LBY": ("Libyan", "libyen", "Tripoli", ""),
    "LCA": ("Saint Lucian;St Lucian", "saint-lucien", "Castries", ""),
    "LIE": ("Liechtensteiner", "liechtensteinois", "Vaduz", ""),
    "LKA": ("Sri Lankan", "sri-lankais", "Colombo;Sri Jayawardenepura Kotte", ""),
    "LSO": ("Basotho!;Mosotho!", "lésothien", "Maseru", ""),
    "LTU": ("Lithuanian", "lituanien", "Vilnius", ""),
    "LUX": ("Luxembourgish;Luxembourger", "luxembourgeois", "Luxembourg", ""),
    "LVA": ("Latvian", "letton/lettone;lettonne!;lettonnes!", "Riga", ""),
    "MAC": ("Macanese", "macanais", "", ""),
    "MAF": ("", "saint-martinois", "Marigot", ""),
    "MAR": ("Moroccan", "marocain;chérifien", "Rabat", ""),
    "MCO": ("Monegasque;Monégasque;Monacan", "monégasque", "Monaco", ""),
    "MDA": ("Moldovan", "moldave", "Chisinau;Chișinău", "Chisinau"),
    "MDG": ("Malagasy!;Madagascan", "malgache", "Antananarivo", "Antananarivo;Tananarive"),
    "MDV": ("Maldivian", "maldivien", "", ""),
    "MEX": ("Mexican", "mexicain", "Mexico City", "Mexico"),
    "MHL": ("Marshallese", "marshallais", "Majuro", ""),
    "MKD": ("North Macedonian;Macedonian", "macédonien;nord-macédonien", "Skopje", ""),
    "MLI": ("Malian", "malien", "Bamako", ""),
    "MLT": ("Maltese", "maltais", "Valletta", "La Valette"),
    "MMR": ("Burmese;Myanmar!", "birman", "Naypyidaw;Naypyitaw", "Naypyidaw"),
    "MNE": ("Montenegrin", "monténégrin", "Podgorica", ""),
    "MNG": ("Mongolian;Mongol", "mongol", "Ulaanbaatar;Ulan Bator", "Oulan-Bator"),
    "MNP": ("Northern Mariana Islander", "", "Saipan", ""),
    "MOZ": ("Mozambican", "mozambicain", "Maputo", ""),
    "MRT": ("Mauritanian", "mauritanien", "Nouakchott", ""),
    "MSR": ("Montserratian", "montserratien", "", ""),
    "MTQ": ("Martinican", "martiniquais", "Fort-de-France", ""),
    "MUS": ("Mauritian", "mauricien", "Port Louis", "Port-Louis"),
    "MWI": ("Malawian", "malawite;malawien", "Lilongwe", ""),
    "MYS": ("Malaysian", "malaisien;malaysien", "Kuala Lumpur", ""),
    "MYT": ("Mahoran", "mahorais", "Mamoudzou", ""),
    "NAM": ("Namibian", "namibien", "Windhoek", ""),
    "NCL": ("New Caledonian", "néo-calédonien;calédonien", "Nouméa;Noumea", "Nouméa"),
    "NER": ("Nigerien", "nigérien", "Niamey", ""),
    "NFK": ("Norfolk Islander", "", "", ""),
    "NGA": ("Nigerian", "nigérian", "Abuja", ""),
    "NIC": ("Nicaraguan", "nicaraguayen", "Managua", ""),
    "NIU": ("Niuean", "niuéen", "Alofi", ""),
    "NLD": ("Dutch;Netherlander", "néerlandais;hollandais", "Amsterdam", ""),
    "NOR": ("Norwegian", "norvégien", "Oslo", ""),
    "NPL": ("Nepali;Nepalese", "népalais", "Kathmandu", "Katmandou"),
    "NRU": ("Nauruan", "nauruan", "Yaren", ""),
    "NZL": ("New Zealander;Kiwi", "néo-zélandais", "Wellington", ""),
    "OMN": ("Omani", "omanais", "Muscat", "Mascate"),
    "PAK": ("Pakistani", "pakistanais", "Islamabad", ""),
    "PAN": ("Panamanian", "panaméen", "Panama City", "Panama"),
    "PCN": ("Pitcairn Islander", "", "Adamstown", ""),
    "PER": ("Peruvian", "péruvien", "Lima", ""),
    "PHL": ("Filipino;Filipina;Philippine!", "philippin", "Manila", "Manille"),
    "PLW": ("Palauan", "palaosien", "Ngerulmud", ""),
    "PNG": (
        "Papua New Guinean",
        "papouan-néo-guinéen/papouane-néo-guinéenne/papouans-néo-guinéens/papouanes-néo-guinéennes",
        "Port Moresby",
        "",
    ),
    "POL": ("Polish;Pole", "polonais", "Warsaw", "Varsovie"),
    "PRI": ("Puerto Rican", "portoricain", "San Juan", ""),
    "PRK": ("North Korean", "nord-coréen", "Pyongyang", ""),
    "PRT": ("Portuguese", "portugais", "Lisbon", "Lisbonne"),
    "PRY": ("Paraguayan", "paraguayen", "Asunción;Asuncion", "Asuncion"),
    "PSE": ("Palestinian", "palestinien", "Ramallah", ""),
    "PYF": ("French Polynesian;Tahitian", "polynésien;tahitien", "Papeete", ""),
    "QAT": ("Qatari", "qatari", "Doha", ""),
    "REU": ("Réunionese;Reunionese", "réunionnais", "", ""),
    "ROU": ("Romanian", "roumain", "Bucharest", "Bucarest"),
    "RUS": ("Russian", "russe", "Moscow", "Moscou"),
    "RWA": ("Rwandan", "rwandais", "Kigali", ""),
    "SAU": ("Saudi;Saudi Arabian", "saoudien", "Riyadh", "Riyad"),
    "SDN": ("Sudanese", "soudanais", "Khartoum;Port Sudan", "Khartoum;Port-Soudan"),
    "SEN": ("Senegalese", "sénégalais", "Dakar", ""),
    "SGP": ("Singaporean", "singapourien", "Singapore", "Singapour"),
    "SGS": ("", "", "", ""),
    "SHN": ("Saint Helenian", "", "Jamestown", ""),
    "SJM": ("", "", "Longyearbyen", ""),
    "SLB": ("Solomon Islander", "salomonais", "Honiara", ""),
    "SLE": ("Sierra Leonean", "sierra-léonais", "Freetown", ""),
    "SLV": ("Salvadoran;Salvadorean", "salvadorien", "San Salvador", ""),
    "SMR": ("Sammarinese", "saint-marinais", "San Marino", "Saint-Marin"),
    "SOM": ("Somali;Somalian", "somalien;somali", "Mogadishu", "Mogadiscio"),
    "SPM": ("", "saint-pierrais", "", ""),
    "SRB": ("Serbian;Serb", "serbe", "Belgrade", ""),
    "SSD": ("South Sudanese", "sud-soudanais", "Juba", "Djouba;Juba"),
    "STP": ("Santomean;São Toméan", "santoméen", "São Tomé;Sao Tome", "São Tomé"),
    "SUR": ("Surinamese", "surinamais", "Paramaribo", ""),
    "SVK": ("Slovak;Slovakian", "slovaque", "Bratislava", ""),
    "SVN": ("Slovenian;Slovene", "slovène", "Ljubljana", ""),
    "SWE": ("Swedish;Swede", "suédois", "Stockholm", ""),
    "SWZ": ("Swazi;Emaswati!", "swazi;eswatinien", "Mbabane;Lobamba", ""),
    "SXM": ("", "", "Philipsburg", ""),
    "SYC": ("Seychellois", "seychellois", "", ""),
    "SYR": ("Syrian", "syrien", "Damascus", "Damas"),
    "TCA": ("", "", "Cockburn Town", ""),
    "TCD": ("Chadian", "tchadien", "N'Djamena", ""),
    "TGO": ("Togolese", "togolais", "Lomé;Lome", "Lomé"),
    "THA": ("Thai", "thaïlandais;thaï", "Bangkok", ""),
    "TJK": ("Tajik;Tajikistani", "tadjik;tadjikistanais", "Dushanbe", "Douchanbé"),
    "TKL": ("", "", "", ""),
    "TKM": ("Turkmen", "turkmène", "Ashgabat", "Achgabat"),
    "TLS": ("Timorese;East Timorese", "timorais;est-timorais", "Dili", ""),
    "TON": ("Tongan", "tongien", "Nuku'alofa", ""),
    "TTO": ("Trinidadian;Tobagonian", "trinidadien", "Port of Spain", "Port-d'Espagne"),
    "TUN": ("Tunisian", "tunisien", "Tunis", ""),
    "TUR": ("Turkish;Turk", "turc/turque", "Ankara", ""),
    "TUV": ("Tuvaluan", "tuvaluan", "Funafuti", ""),
    "TWN": ("Taiwanese", "taïwanais", "Taipei", "Taipei;Taïpei"),
    "TZA": ("Tanzanian", "tanzanien", "Dodoma", ""),
    "UGA": ("Ugandan", "ougandais", "Kampala", ""),
    "UKR": ("Ukrainian", "ukrainien", "Kyiv;Kiev", "Kiev;Kyiv;Kiyv"),
    "UMI": ("", "", "", ""),
    "URY": ("Uruguayan", "uruguayen", "Montevideo", "Montevideo;Montévidéo"),
    "USA": ("American", "américain", "Washington;Washington, D.C.", "Washington"),
    "UZB": ("Uzbek;Uzbekistani", "ouzbek/ouzbèke;ouzbékistanais", "Tashkent", "Tachkent"),
    "VAT": ("", "vatican", "Vatican City", "Cité du Vatican"),
    "VCT": ("Vincentian", "vincentais", "Kingstown", ""),
    "VEN": ("Venezuelan", "vénézuélien", "Caracas", ""),
    "VGB": ("", "", "Road Town", ""),
    "VIR": ("", "", "Charlotte Amalie", ""),
    "VNM": ("Vietnamese", "vietnamien", "Hanoi", "Hanoï"),
    "VUT": ("Ni-Vanuatu!", "vanuatais", "Port Vila", "Port-Vila"),
    "WLF": ("Wallisian;Futunan", "wallisien;futunien", "Mata-Utu", ""),
    "WSM": ("Samoan", "samoan", "Apia", ""),
    "YEM": ("Yemeni;Yemenite", "yéménite", "Sanaa;Sana'a", "Sanaa"),
    "ZAF": ("South African", "sud-africain", "Pretoria;Cape Town", "Pretoria;Le Cap"),
    "ZMB": ("Zambian", "zambien", "Lusaka", ""),
    "ZWE": ("Zimbabwean", "zimbabwéen", "Harare", ""),
    "XKX": ("Kosovar;Kosovan", "kosovar;kosovien", "Pristina;Prishtina", "Pristina"),
}

# Short and alternative names used in news, beyond what pycountry gives (";"-separated).
EXTRA_NAMES: dict[str, tuple[str, str]] = {
    "ARE": ("UAE;U.A.E.;Emirates", "EAU;Émirats"),
    "ALA": ("", "Åland;Îles Åland"),
    "BES": ("Caribbean Netherlands;Bonaire", "Pays-Bas caribéens;Bonaire"),
    "BHS": ("The Bahamas", ""),
    "BLR": ("", "Biélorussie"),
    "BOL": ("Bolivia", "Bolivie"),
    "BRN": ("Brunei", "Brunei"),
    "CCK": ("Cocos Islands", "Îles Cocos"),
    "CHN": ("PRC;mainland China", "RPC;Chine continentale;Empire du Milieu"),
    "CIV": ("Ivory Coast", ""),
    "COD": (
        "Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Congo",
        "RDC;RD Congo;Congo-Kinshasa",  # French "Congo" alone is Brazzaville
    ),
    "COG": ("Congo-Brazzaville;Republic of Congo;Congo", "Congo-Brazzaville;Congo"),
    "CPV": ("Cape Verde", ""),
    "CXR": ("", "Île Christmas"),
    "CZE": ("Czech Republic", ""),
    "FRA": ("", "Hexagone"),
    "FLK": ("Falkland Islands;Falklands", "Malouines;Îles Malouines;Falkland"),
    "FSM": ("Micronesia", "Micronésie"),
    "GBR": ("UK;U.K.;Britain;Great Britain", "Grande-Bretagne"),
    "GMB": ("The Gambia", ""),
    "GNQ": ("", "Guinée équatoriale"),
    "GRL": ("", "Groenland"),
    "HKG": ("", "Hongkong"),
    "IRN": ("Iran", "Iran;République islamique"),
    "ISR": ("Jewish state", "État hébreu"),
    "JOR": ("", "royaume hachémite"),
    "LBN": ("", "pays du Cèdre"),
    "GUF": ("", "Guyane"),
    "IRQ": ("", "Iraq"),
    "KGZ": ("Kyrgyz Republic;Kirghizia", "Kirghizstan"),
    "KNA": ("St Kitts and Nevis;Saint Kitts", "Saint-Kitts-et-Nevis"),
    "KOR": ("South Korea;Republic of Korea;ROK", "Corée du Sud;République de Corée"),
    "LAO": ("Laos", "Laos"),
    "LCA": ("St Lucia", ""),
    "MAC": ("Macau", "Macao"),
    "MAR": ("", "royaume chérifien"),
    "MAF": ("Saint Martin;Saint-Martin", "Saint-Martin"),
    "MDA": ("Moldova", "Moldavie;Moldova"),
    "MKD": ("Macedonia", "Macédoine"),
    "MMR": ("Burma", "Myanmar"),
    "NGA": ("", "Nigéria"),
    "NLD": ("Holland;the Netherlands", ""),  # French "Hollande" is the former president in news
    "PRK": ("North Korea;DPRK;Democratic People's Republic of Korea", "Corée du Nord;RPDC"),
    "QAT": ("", "émirat du Qatar"),
    "PSE": (
        "Palestine;State of Palestine;Palestinian territories",
        "Palestine;État de Palestine;Territoires palestiniens",
    ),
    "REU": ("Reunion", "La Réunion;Réunion"),
    "RUS": ("Russia", "Russie;Fédération de Russie"),
    "SAU": ("KSA", "Arabie Saoudite"),
    "SHN": ("Saint Helena", "Sainte-Hélène"),
    "SLB": ("", "Îles Salomon"),
    "SLV": ("", "El Salvador"),
    "SWZ": ("Swaziland", "Swaziland"),
    "SXM": ("Sint Maarten", "Sint Maarten"),
    "SYR": ("Syria", "Syrie;République arabe syrienne"),
    "TLS": ("East Timor", "Timor-Leste"),
    "TUR": ("Turkey;Turkiye", "Türkiye;Turkiye"),
    "TWN": ("Taiwan;Republic of China", "Taïwan;Taiwan;Formose"),
    "TZA": ("Tanzania", "Tanzanie"),
    "USA": ("USA;US;U.S.;U.S.A.;America", "Etats-Unis;Amérique;USA"),
    "VAT": ("Vatican;Holy See;Vatican City", "Vatican;Saint-Siège;Cité du Vatican"),
    "VCT": ("St Vincent and the Grenadines", ""),
    "VEN": ("Venezuela", "Venezuela"),
    "VGB": ("BVI", ""),
    "VIR": ("US Virgin Islands;U.S. Virgin Islands", "Îles Vierges américaines"),
    "VNM": ("Vietnam", "Vietnam;Viet Nam"),
    "XKX": ("Kosovo;Republic of Kosovo", "Kosovo;République du Kosovo"),
}


def split(cell: str) -> list[str]:
    """The ";"-separated values of a table cell."""
    return [v.strip() for v in cell.split(";") if v.strip()]


def en_forms(cell: str) -> list[str]:
    """English demonyms with their regular plurals ("Afghan" -> Afghan, Afghans)."""
    out: list[str] = []
    for word in split(cell):
        if word.endswith("!"):
            out.append(word[:-1])
        elif word.endswith(("s", "sh", "ch", "ese", "x", "z")):
            out.append(word)
        else:
            out += [word, word + "s"]
    return out


def fr_plural(word: str) -> str:
    """French plural of an adjective: unchanged after s, x, z, else -s."""
    return word if word.endswith(("s", "x", "z")) else word + "s"


def fr_feminine(word: str) -> str:
    """Regular French feminine of a demonym: -e stays, -en doubles its n (coréen -> coréenne), else -e."""
    if word.endswith("e"):
        return word
    if word.endswith("en"):
        return word + "ne"
    return word + "e"


def fr_forms(cell: str) -> list[str]:
    """French demonyms in all four inflections (masc/fem, singular/plural)."""
    out: list[str] = []
    for spec in split(cell):
        if spec.endswith("!"):
            out.append(spec[:-1])
            continue
        parts = spec.split("/")
        if len(parts) == 4:
            out += parts
            continue
        masc = parts[0]
        fem = parts[1] if len(parts) == 2 else fr_feminine(masc)
        out += [masc, fem, fr_plural(masc), fr_plural(fem)]
    return out


def unique(values: list[str]) -> list[str]:
    """Drop repeats, ignoring case, keeping the first spelling."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        if v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


def usable(name: str) -> bool:
    """pycountry's inverted or annotated forms ("Korea, Republic of", "(Malvinas)") never occur in prose."""
    return bool(name) and "," not in name and "(" not in name


def pycountry_names(country: Any, translate: gettext.NullTranslations) -> tuple[list[str], list[str]]:
    """English and French names of a pycountry record."""
    en = [getattr(country, f, "") for f in ("common_name", "name", "official_name")]
    fr = [translate.gettext(n) for n in (country.name, getattr(country, "official_name", "")) if n]
    return [n for n in en if usable(n)], [n for n in fr if usable(n)]


def entry(code: str, en_names: list[str], fr_names: list[str]) -> dict[str, dict[str, list[str]]]:
    """One country's record in both languages."""
    en_adj, fr_adj, en_cap, fr_cap = TABLE[code]
    extra_en, extra_fr = EXTRA_NAMES.get(code, ("", ""))
    return {
        "en": {
            "names": unique(en_names + split(extra_en)),
            "adjectives": unique(en_forms(en_adj)),
            "capitals": unique(split(en_cap)),
        },
        "fr": {
            "names": unique(fr_names + split(extra_fr)),
            "adjectives": unique(fr_forms(fr_adj)),
            "capitals": unique(split(fr_cap or en_cap)),
        },
    }


def flow(value: Any) -> str:
    """A YAML flow-style rendering on one line."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=100000, sort_keys=False)
    return str(text).strip()


def main() -> None:
    """Write countries.yaml, one country per three lines, sorted by code."""
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    entries: dict[str, dict[str, dict[str, list[str]]]] = {}
    for country in pycountry.countries:
        en, fr = pycountry_names(country, translate)
        entries[country.alpha_3] = entry(country.alpha_3, en, fr)
    entries["XKX"] = entry("XKX", [], [])
    missing = set(entries) ^ set(TABLE)
    if missing:
        raise SystemExit(f"TABLE and pycountry disagree on: {sorted(missing)}")
    lines = [
        "# Generated by tools/make_countries.py from pycountry and hand-written tables; edit the script.",
        "# Keys are ISO 3166-1 alpha-3 (XKX: Kosovo, a user-assigned code). See the format in the resolver.",
    ]
    for code in sorted(entries):
        lines.append(f"{code}:")
        for lang in ("en", "fr"):
            lines.append(f"  {lang}: {flow(entries[code][lang])}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} countries to {OUT}")


if __name__ == "__main__":
    main()
