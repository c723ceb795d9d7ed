"""Locale.ROOT time-zone names (`z`, `zzzz`) of the JDK's CLDR data, frozen from Temurin 25.

Made by printing, for every ZoneId.getAvailableZoneIds() id, TimeZone.getDisplayName(daylight,
SHORT/LONG, Locale.ROOT) on Temurin 25 with -Djava.locale.providers=CLDR (the names
DateTimeFormatter's `z`/`zzzz` print; cross-checked against the formatter at 3000 instants).
ROOT has no zone names of its own, so the JDK derives them: `z` is the GMT format of the zone's
current standard (or daylight) offset, `zzzz` the exemplar city with ` (+0)`/` (+1)`.

Each line: id, short name(s), long name(s); `a|b` is standard|daylight, `@City` is
`City (+0)|City (+1)`.
"""

from __future__ import annotations

from functools import lru_cache

_DATA = """
Africa/Abidjan	GMT	@Abidjan
Africa/Accra	GMT	@Accra
Africa/Addis_Ababa	GMT+03:00	@Addis Ababa
Africa/Algiers	GMT+01:00|GMT+02:00	@Algiers
Africa/Asmara	GMT+03:00	@Asmara
Africa/Asmera	GMT+03:00	@Asmara
Africa/Bamako	GMT	@Bamako
Africa/Bangui	GMT+01:00	@Bangui
Africa/Banjul	GMT	@Banjul
Africa/Bissau	GMT	@Bissau
Africa/Blantyre	GMT+02:00	@Blantyre
Africa/Brazzaville	GMT+01:00	@Brazzaville
Africa/Bujumbura	GMT+02:00	@Bujumbura
Africa/Cairo	GMT+02:00|GMT+03:00	@Cairo
Africa/Casablanca	GMT|GMT+01:00	@Casablanca
Africa/Ceuta	GMT+01:00|GMT+02:00	@Ceuta
Africa/Conakry	GMT	@Conakry
Africa/Dakar	GMT	@Dakar
Africa/Dar_es_Salaam	GMT+03:00	@Dar es Salaam
Africa/Djibouti	GMT+03:00	@Djibouti
Africa/Douala	GMT+01:00	@Douala
Africa/El_Aaiun	GMT|GMT+01:00	@El Aaiun
Africa/Freetown	GMT	@Freetown
Africa/Gaborone	GMT+02:00	@Gaborone
Africa/Harare	GMT+02:00	@Harare
Africa/Johannesburg	GMT+02:00|GMT+03:00	@Johannesburg
Africa/Juba	GMT+02:00|GMT+03:00	@Juba
Africa/Kampala	GMT+03:00	@Kampala
Africa/Khartoum	GMT+02:00|GMT+03:00	@Khartoum
Africa/Kigali	GMT+02:00	@Kigali
Africa/Kinshasa	GMT+01:00	@Kinshasa
Africa/Lagos	GMT+01:00	@Lagos
Africa/Libreville	GMT+01:00	@Libreville
Africa/Lome	GMT	@Lome
Africa/Luanda	GMT+01:00	@Luanda
Africa/Lubumbashi	GMT+02:00	@Lubumbashi
Africa/Lusaka	GMT+02:00	@Lusaka
Africa/Malabo	GMT+01:00	@Malabo
Africa/Maputo	GMT+02:00	@Maputo
Africa/Maseru	GMT+02:00|GMT+03:00	@Maseru
Africa/Mbabane	GMT+02:00|GMT+03:00	@Mbabane
Africa/Mogadishu	GMT+03:00	@Mogadishu
Africa/Monrovia	GMT	@Monrovia
Africa/Nairobi	GMT+03:00	@Nairobi
Africa/Ndjamena	GMT+01:00|GMT+02:00	@Ndjamena
Africa/Niamey	GMT+01:00	@Niamey
Africa/Nouakchott	GMT	@Nouakchott
Africa/Ouagadougou	GMT	@Ouagadougou
Africa/Porto-Novo	GMT+01:00	@Porto-Novo
Africa/Sao_Tome	GMT	@São Tomé
Africa/Timbuktu	GMT	@Bamako
Africa/Tripoli	GMT+02:00|GMT+03:00	@Tripoli
Africa/Tunis	GMT+01:00|GMT+02:00	@Tunis
Africa/Windhoek	GMT+01:00|GMT+02:00	@Windhoek
America/Adak	GMT-10:00|GMT-09:00	@Adak
America/Anchorage	GMT-09:00|GMT-08:00	@Anchorage
America/Anguilla	GMT-04:00|GMT-03:00	@Anguilla
America/Antigua	GMT-04:00|GMT-03:00	@Antigua
America/Araguaina	GMT-03:00|GMT-02:00	@Araguaina
America/Argentina/Buenos_Aires	GMT-03:00|GMT-02:00	@Buenos Aires
America/Argentina/Catamarca	GMT-03:00|GMT-02:00	@Catamarca
America/Argentina/ComodRivadavia	GMT-03:00|GMT-02:00	@Catamarca
America/Argentina/Cordoba	GMT-03:00|GMT-02:00	@Cordoba
America/Argentina/Jujuy	GMT-03:00|GMT-02:00	@Jujuy
America/Argentina/La_Rioja	GMT-03:00|GMT-02:00	@La Rioja
America/Argentina/Mendoza	GMT-03:00|GMT-02:00	@Mendoza
America/Argentina/Rio_Gallegos	GMT-03:00|GMT-02:00	@Rio Gallegos
America/Argentina/Salta	GMT-03:00|GMT-02:00	@Salta
America/Argentina/San_Juan	GMT-03:00|GMT-02:00	@San Juan
America/Argentina/San_Luis	GMT-03:00|GMT-02:00	@San Luis
America/Argentina/Tucuman	GMT-03:00|GMT-02:00	@Tucuman
America/Argentina/Ushuaia	GMT-03:00|GMT-02:00	@Ushuaia
America/Aruba	GMT-04:00|GMT-03:00	@Aruba
America/Asuncion	GMT-03:00|GMT-02:00	@Asunción
America/Atikokan	GMT-05:00	@Atikokan
America/Atka	GMT-10:00|GMT-09:00	@Adak
America/Bahia	GMT-03:00|GMT-02:00	@Bahia
America/Bahia_Banderas	GMT-06:00|GMT-05:00	@Bahía de Banderas
America/Barbados	GMT-04:00|GMT-03:00	@Barbados
America/Belem	GMT-03:00|GMT-02:00	@Belem
America/Belize	GMT-06:00|GMT-05:00	@Belize
America/Blanc-Sablon	GMT-04:00|GMT-03:00	@Blanc-Sablon
America/Boa_Vista	GMT-04:00|GMT-03:00	@Boa Vista
America/Bogota	GMT-05:00|GMT-04:00	@Bogota
America/Boise	GMT-07:00|GMT-06:00	@Boise
America/Buenos_Aires	GMT-03:00|GMT-02:00	@Buenos Aires
America/Cambridge_Bay	GMT-07:00|GMT-06:00	@Cambridge Bay
America/Campo_Grande	GMT-04:00|GMT-03:00	@Campo Grande
America/Cancun	GMT-05:00|GMT-04:00	@Cancún
America/Caracas	GMT-04:00	@Caracas
America/Catamarca	GMT-03:00|GMT-02:00	@Catamarca
America/Cayenne	GMT-03:00	@Cayenne
America/Cayman	GMT-05:00	@Cayman
America/Chicago	GMT-06:00|GMT-05:00	@Chicago
America/Chihuahua	GMT-06:00|GMT-05:00	@Chihuahua
America/Ciudad_Juarez	GMT-07:00|GMT-06:00	@Ciudad Juárez
America/Coral_Harbour	GMT-05:00	@Atikokan
America/Cordoba	GMT-03:00|GMT-02:00	@Cordoba
America/Costa_Rica	GMT-06:00|GMT-05:00	@Costa Rica
America/Coyhaique	GMT-03:00|GMT-02:00	@Coyhaique
America/Creston	GMT-07:00|GMT-06:00	@Creston
America/Cuiaba	GMT-04:00|GMT-03:00	@Cuiaba
America/Curacao	GMT-04:00|GMT-03:00	@Curaçao
America/Danmarkshavn	GMT|GMT+01:00	@Danmarkshavn
America/Dawson	GMT-07:00|GMT-06:00	@Dawson
America/Dawson_Creek	GMT-07:00|GMT-06:00	@Dawson Creek
America/Denver	GMT-07:00|GMT-06:00	@Denver
America/Detroit	GMT-05:00|GMT-04:00	@Detroit
America/Dominica	GMT-04:00|GMT-03:00	@Dominica
America/Edmonton	GMT-07:00|GMT-06:00	@Edmonton
America/Eirunepe	GMT-05:00|GMT-04:00	@Eirunepe
America/El_Salvador	GMT-06:00|GMT-05:00	@El Salvador
America/Ensenada	GMT-08:00|GMT-07:00	@Tijuana
America/Fort_Nelson	GMT-07:00|GMT-06:00	@Fort Nelson
America/Fort_Wayne	GMT-05:00|GMT-04:00	@Indianapolis
America/Fortaleza	GMT-03:00|GMT-02:00	@Fortaleza
America/Glace_Bay	GMT-04:00|GMT-03:00	@Glace Bay
America/Godthab	GMT-02:00|GMT-01:00	@Nuuk
America/Goose_Bay	GMT-04:00|GMT-03:00	@Goose Bay
America/Grand_Turk	GMT-05:00|GMT-04:00	@Grand Turk
America/Grenada	GMT-04:00|GMT-03:00	@Grenada
America/Guadeloupe	GMT-04:00|GMT-03:00	@Guadeloupe
America/Guatemala	GMT-06:00|GMT-05:00	@Guatemala
America/Guayaquil	GMT-05:00|GMT-04:00	@Guayaquil
America/Guyana	GMT-04:00	@Guyana
America/Halifax	GMT-04:00|GMT-03:00	@Halifax
America/Havana	GMT-05:00|GMT-04:00	@Havana
America/Hermosillo	GMT-07:00|GMT-06:00	@Hermosillo
America/Indiana/Indianapolis	EST|EDT	@Indianapolis
America/Indiana/Knox	GMT-06:00|GMT-05:00	@Knox, Indiana
America/Indiana/Marengo	GMT-05:00|GMT-04:00	@Marengo, Indiana
America/Indiana/Petersburg	GMT-05:00|GMT-04:00	@Petersburg, Indiana
America/Indiana/Tell_City	GMT-06:00|GMT-05:00	@Tell City, Indiana
America/Indiana/Vevay	GMT-05:00|GMT-04:00	@Vevay, Indiana
America/Indiana/Vincennes	GMT-05:00|GMT-04:00	@Vincennes, Indiana
America/Indiana/Winamac	GMT-05:00|GMT-04:00	@Winamac, Indiana
America/Indianapolis	GMT-05:00|GMT-04:00	@Indianapolis
America/Inuvik	GMT-07:00|GMT-06:00	@Inuvik
America/Iqaluit	GMT-05:00|GMT-04:00	@Iqaluit
America/Jamaica	GMT-05:00|GMT-04:00	@Jamaica
America/Jujuy	GMT-03:00|GMT-02:00	@Jujuy
America/Juneau	GMT-09:00|GMT-08:00	@Juneau
America/Kentucky/Louisville	GMT-05:00|GMT-04:00	@Louisville
America/Kentucky/Monticello	GMT-05:00|GMT-04:00	@Monticello, Kentucky
America/Knox_IN	GMT-06:00|GMT-05:00	@Knox, Indiana
America/Kralendijk	GMT-04:00|GMT-03:00	@Kralendijk
America/La_Paz	GMT-04:00|GMT-03:00	@La Paz
America/Lima	GMT-05:00|GMT-04:00	@Lima
America/Los_Angeles	GMT-08:00|GMT-07:00	@Los Angeles
America/Louisville	GMT-05:00|GMT-04:00	@Louisville
America/Lower_Princes	GMT-04:00|GMT-03:00	@Lower Prince’s Quarter
America/Maceio	GMT-03:00|GMT-02:00	@Maceio
America/Managua	GMT-06:00|GMT-05:00	@Managua
America/Manaus	GMT-04:00|GMT-03:00	@Manaus
America/Marigot	GMT-04:00|GMT-03:00	@Marigot
America/Martinique	GMT-04:00|GMT-03:00	@Martinique
America/Matamoros	GMT-06:00|GMT-05:00	@Matamoros
America/Mazatlan	GMT-07:00|GMT-06:00	@Mazatlan
America/Mendoza	GMT-03:00|GMT-02:00	@Mendoza
America/Menominee	GMT-06:00|GMT-05:00	@Menominee
America/Merida	GMT-06:00|GMT-05:00	@Mérida
America/Metlakatla	GMT-09:00|GMT-08:00	@Metlakatla
America/Mexico_City	GMT-06:00|GMT-05:00	@Mexico City
America/Miquelon	GMT-03:00|GMT-02:00	@Miquelon
America/Moncton	GMT-04:00|GMT-03:00	@Moncton
America/Monterrey	GMT-06:00|GMT-05:00	@Monterrey
America/Montevideo	GMT-03:00|GMT-02:00	@Montevideo
America/Montreal	GMT-05:00|GMT-04:00	@Toronto
America/Montserrat	GMT-04:00|GMT-03:00	@Montserrat
America/Nassau	GMT-05:00|GMT-04:00	@Nassau
America/New_York	GMT-05:00|GMT-04:00	@New York
America/Nipigon	GMT-05:00|GMT-04:00	@Toronto
America/Nome	GMT-09:00|GMT-08:00	@Nome
America/Noronha	GMT-02:00|GMT-01:00	@Fernando de Noronha
America/North_Dakota/Beulah	GMT-06:00|GMT-05:00	@Beulah, North Dakota
America/North_Dakota/Center	GMT-06:00|GMT-05:00	@Center, North Dakota
America/North_Dakota/New_Salem	GMT-06:00|GMT-05:00	@New Salem, North Dakota
America/Nuuk	GMT-02:00|GMT-01:00	@Nuuk
America/Ojinaga	GMT-06:00|GMT-05:00	@Ojinaga
America/Panama	GMT-05:00	@Panama
America/Pangnirtung	GMT-05:00|GMT-04:00	@Iqaluit
America/Paramaribo	GMT-03:00	@Paramaribo
America/Phoenix	GMT-07:00|GMT-06:00	@Phoenix
America/Port-au-Prince	GMT-05:00|GMT-04:00	@Port-au-Prince
America/Port_of_Spain	GMT-04:00|GMT-03:00	@Port of Spain
America/Porto_Acre	GMT-05:00|GMT-04:00	@Rio Branco
America/Porto_Velho	GMT-04:00|GMT-03:00	@Porto Velho
America/Puerto_Rico	GMT-04:00|GMT-03:00	@Puerto Rico
America/Punta_Arenas	GMT-03:00|GMT-02:00	@Punta Arenas
America/Rainy_River	GMT-06:00|GMT-05:00	@Winnipeg
America/Rankin_Inlet	GMT-06:00|GMT-05:00	@Rankin Inlet
America/Recife	GMT-03:00|GMT-02:00	@Recife
America/Regina	GMT-06:00|GMT-05:00	@Regina
America/Resolute	GMT-06:00|GMT-05:00	@Resolute
America/Rio_Branco	GMT-05:00|GMT-04:00	@Rio Branco
America/Rosario	GMT-03:00|GMT-02:00	@Cordoba
America/Santa_Isabel	GMT-08:00|GMT-07:00	@Tijuana
America/Santarem	GMT-03:00|GMT-02:00	@Santarem
America/Santiago	GMT-04:00|GMT-03:00	@Santiago
America/Santo_Domingo	GMT-04:00|GMT-03:30	@Santo Domingo
America/Sao_Paulo	GMT-03:00|GMT-02:00	@Sao Paulo
America/Scoresbysund	GMT-02:00|GMT-01:00	@Ittoqqortoormiit
America/Shiprock	GMT-07:00|GMT-06:00	@Denver
America/Sitka	GMT-09:00|GMT-08:00	@Sitka
America/St_Barthelemy	GMT-04:00|GMT-03:00	@St. Barthélemy
America/St_Johns	GMT-03:30|GMT-02:30	@St. John’s
America/St_Kitts	GMT-04:00|GMT-03:00	@St. Kitts
America/St_Lucia	GMT-04:00|GMT-03:00	@St. Lucia
America/St_Thomas	GMT-04:00|GMT-03:00	@St. Thomas
America/St_Vincent	GMT-04:00|GMT-03:00	@St. Vincent
America/Swift_Current	GMT-06:00|GMT-05:00	@Swift Current
America/Tegucigalpa	GMT-06:00|GMT-05:00	@Tegucigalpa
America/Thule	GMT-04:00|GMT-03:00	@Thule
America/Thunder_Bay	GMT-05:00|GMT-04:00	@Toronto
America/Tijuana	GMT-08:00|GMT-07:00	@Tijuana
America/Toronto	GMT-05:00|GMT-04:00	@Toronto
America/Tortola	GMT-04:00|GMT-03:00	@Tortola
America/Vancouver	GMT-08:00|GMT-07:00	@Vancouver
America/Virgin	GMT-04:00|GMT-03:00	@St. Thomas
America/Whitehorse	GMT-07:00|GMT-06:00	@Whitehorse
America/Winnipeg	GMT-06:00|GMT-05:00	@Winnipeg
America/Yakutat	GMT-09:00|GMT-08:00	@Yakutat
America/Yellowknife	GMT-07:00|GMT-06:00	@Edmonton
Antarctica/Casey	GMT+08:00	@Casey
Antarctica/Davis	GMT+07:00	@Davis
Antarctica/DumontDUrville	GMT+10:00	@Dumont-d’Urville
Antarctica/Macquarie	GMT+10:00|GMT+11:00	@Macquarie
Antarctica/Mawson	GMT+05:00	@Mawson
Antarctica/McMurdo	GMT+12:00|GMT+13:00	@McMurdo
Antarctica/Palmer	GMT-03:00|GMT-02:00	@Palmer
Antarctica/Rothera	GMT-03:00	@Rothera
Antarctica/South_Pole	GMT+12:00|GMT+13:00	@Auckland
Antarctica/Syowa	GMT+03:00	@Syowa
Antarctica/Troll	GMT|GMT+02:00	@Troll
Antarctica/Vostok	GMT+05:00	@Vostok
Arctic/Longyearbyen	GMT+01:00|GMT+02:00	@Longyearbyen
Asia/Aden	GMT+03:00	@Aden
Asia/Almaty	GMT+05:00|GMT+06:00	@Almaty
Asia/Amman	GMT+03:00|GMT+04:00	@Amman
Asia/Anadyr	GMT+12:00|GMT+13:00	@Anadyr
Asia/Aqtau	GMT+05:00|GMT+06:00	@Aqtau
Asia/Aqtobe	GMT+05:00|GMT+06:00	@Aqtobe
Asia/Ashgabat	GMT+05:00|GMT+06:00	@Ashgabat
Asia/Ashkhabad	GMT+05:00|GMT+06:00	@Ashgabat
Asia/Atyrau	GMT+05:00|GMT+06:00	@Atyrau
Asia/Baghdad	GMT+03:00|GMT+04:00	@Baghdad
Asia/Bahrain	GMT+03:00	@Bahrain
Asia/Baku	GMT+04:00|GMT+05:00	@Baku
Asia/Bangkok	GMT+07:00	@Bangkok
Asia/Barnaul	GMT+07:00|GMT+08:00	@Barnaul
Asia/Beirut	GMT+02:00|GMT+03:00	@Beirut
Asia/Bishkek	GMT+06:00|GMT+07:00	@Bishkek
Asia/Brunei	GMT+08:00|GMT+08:20	@Brunei
Asia/Calcutta	GMT+05:30|GMT+06:30	@Kolkata
Asia/Chita	GMT+09:00|GMT+10:00	@Chita
Asia/Choibalsan	GMT+08:00|GMT+09:00	@Ulaanbaatar
Asia/Chongqing	GMT+08:00|GMT+09:00	@Shanghai
Asia/Chungking	GMT+08:00|GMT+09:00	@Shanghai
Asia/Colombo	GMT+05:30|GMT+06:30	@Colombo
Asia/Dacca	GMT+06:00|GMT+07:00	@Dhaka
Asia/Damascus	GMT+03:00|GMT+04:00	@Damascus
Asia/Dhaka	GMT+06:00|GMT+07:00	@Dhaka
Asia/Dili	GMT+09:00	@Dili
Asia/Dubai	GMT+04:00	@Dubai
Asia/Dushanbe	GMT+05:00|GMT+06:00	@Dushanbe
Asia/Famagusta	EET|EEST	@Famagusta
Asia/Gaza	GMT+02:00|GMT+03:00	@Gaza
Asia/Harbin	GMT+08:00|GMT+09:00	@Shanghai
Asia/Hebron	GMT+02:00|GMT+03:00	@Hebron
Asia/Ho_Chi_Minh	GMT+07:00	@Ho Chi Minh
Asia/Hong_Kong	GMT+08:00|GMT+09:00	@Hong Kong
Asia/Hovd	GMT+07:00|GMT+08:00	@Hovd
Asia/Irkutsk	GMT+08:00|GMT+09:00	@Irkutsk
Asia/Istanbul	GMT+03:00|GMT+04:00	@Istanbul
Asia/Jakarta	GMT+07:00	@Jakarta
Asia/Jayapura	GMT+09:00	@Jayapura
Asia/Jerusalem	GMT+02:00|GMT+03:00	@Jerusalem
Asia/Kabul	GMT+04:30	@Kabul
Asia/Kamchatka	GMT+12:00|GMT+13:00	@Kamchatka
Asia/Karachi	GMT+05:00|GMT+06:00	@Karachi
Asia/Kashgar	GMT+06:00	@Urumqi
Asia/Kathmandu	GMT+05:45	@Kathmandu
Asia/Katmandu	GMT+05:45	@Kathmandu
Asia/Khandyga	GMT+09:00|GMT+10:00	@Khandyga
Asia/Kolkata	GMT+05:30|GMT+06:30	@Kolkata
Asia/Krasnoyarsk	GMT+07:00|GMT+08:00	@Krasnoyarsk
Asia/Kuala_Lumpur	GMT+08:00|GMT+08:20	@Kuala Lumpur
Asia/Kuching	GMT+08:00|GMT+08:20	@Kuching
Asia/Kuwait	GMT+03:00	@Kuwait
Asia/Macao	GMT+08:00|GMT+09:00	@Macao
Asia/Macau	GMT+08:00|GMT+09:00	@Macao
Asia/Magadan	GMT+11:00|GMT+12:00	@Magadan
Asia/Makassar	GMT+08:00	@Makassar
Asia/Manila	GMT+08:00|GMT+09:00	@Manila
Asia/Muscat	GMT+04:00	@Muscat
Asia/Nicosia	GMT+02:00|GMT+03:00	@Nicosia
Asia/Novokuznetsk	GMT+07:00|GMT+08:00	@Novokuznetsk
Asia/Novosibirsk	GMT+07:00|GMT+08:00	@Novosibirsk
Asia/Omsk	GMT+06:00|GMT+07:00	@Omsk
Asia/Oral	GMT+05:00|GMT+06:00	@Oral
Asia/Phnom_Penh	GMT+07:00	@Phnom Penh
Asia/Pontianak	GMT+07:00	@Pontianak
Asia/Pyongyang	GMT+09:00	@Pyongyang
Asia/Qatar	GMT+03:00	@Qatar
Asia/Qostanay	GMT+05:00|GMT+06:00	@Qostanay
Asia/Qyzylorda	GMT+05:00|GMT+06:00	@Qyzylorda
Asia/Rangoon	GMT+06:30	@Yangon
Asia/Riyadh	GMT+03:00	@Riyadh
Asia/Saigon	GMT+07:00	@Ho Chi Minh
Asia/Sakhalin	GMT+11:00|GMT+12:00	@Sakhalin
Asia/Samarkand	GMT+05:00|GMT+06:00	@Samarkand
Asia/Seoul	GMT+09:00|GMT+10:00	@Seoul
Asia/Shanghai	GMT+08:00|GMT+09:00	@Shanghai
Asia/Singapore	GMT+08:00|GMT+08:20	@Singapore
Asia/Srednekolymsk	GMT+11:00|GMT+12:00	@Srednekolymsk
Asia/Taipei	GMT+08:00|GMT+09:00	@Taipei
Asia/Tashkent	GMT+05:00|GMT+06:00	@Tashkent
Asia/Tbilisi	GMT+04:00|GMT+05:00	@Tbilisi
Asia/Tehran	GMT+03:30|GMT+04:30	@Tehran
Asia/Tel_Aviv	GMT+02:00|GMT+03:00	@Jerusalem
Asia/Thimbu	GMT+06:00	@Thimphu
Asia/Thimphu	GMT+06:00	@Thimphu
Asia/Tokyo	GMT+09:00|GMT+10:00	@Tokyo
Asia/Tomsk	GMT+07:00|GMT+08:00	@Tomsk
Asia/Ujung_Pandang	GMT+08:00	@Makassar
Asia/Ulaanbaatar	GMT+08:00|GMT+09:00	@Ulaanbaatar
Asia/Ulan_Bator	GMT+08:00|GMT+09:00	@Ulaanbaatar
Asia/Urumqi	GMT+06:00	@Urumqi
Asia/Ust-Nera	GMT+10:00|GMT+11:00	@Ust-Nera
Asia/Vientiane	GMT+07:00	@Vientiane
Asia/Vladivostok	GMT+10:00|GMT+11:00	@Vladivostok
Asia/Yakutsk	GMT+09:00|GMT+10:00	@Yakutsk
Asia/Yangon	GMT+06:30	@Yangon
Asia/Yekaterinburg	GMT+05:00|GMT+06:00	@Yekaterinburg
Asia/Yerevan	GMT+04:00|GMT+05:00	@Yerevan
Atlantic/Azores	GMT-01:00|GMT	@Azores
Atlantic/Bermuda	GMT-04:00|GMT-03:00	@Bermuda
Atlantic/Canary	GMT|GMT+01:00	@Canary
Atlantic/Cape_Verde	GMT-01:00|GMT	@Cape Verde
Atlantic/Faeroe	GMT|GMT+01:00	@Faroe
Atlantic/Faroe	GMT|GMT+01:00	@Faroe
Atlantic/Jan_Mayen	GMT+01:00|GMT+02:00	@Longyearbyen
Atlantic/Madeira	GMT|GMT+01:00	@Madeira
Atlantic/Reykjavik	GMT	@Reykjavik
Atlantic/South_Georgia	GMT-02:00	@South Georgia
Atlantic/St_Helena	GMT	@St. Helena
Atlantic/Stanley	GMT-03:00|GMT-02:00	@Stanley
Australia/ACT	GMT+10:00|GMT+11:00	@Sydney
Australia/Adelaide	GMT+09:30|GMT+10:30	@Adelaide
Australia/Brisbane	GMT+10:00|GMT+11:00	@Brisbane
Australia/Broken_Hill	GMT+09:30|GMT+10:30	@Broken Hill
Australia/Canberra	GMT+10:00|GMT+11:00	@Sydney
Australia/Currie	GMT+10:00|GMT+11:00	@Hobart
Australia/Darwin	GMT+09:30|GMT+10:30	@Darwin
Australia/Eucla	GMT+08:45|GMT+09:45	@Eucla
Australia/Hobart	GMT+10:00|GMT+11:00	@Hobart
Australia/LHI	GMT+10:30|GMT+11:00	@Lord Howe
Australia/Lindeman	GMT+10:00|GMT+11:00	@Lindeman
Australia/Lord_Howe	GMT+10:30|GMT+11:00	@Lord Howe
Australia/Melbourne	GMT+10:00|GMT+11:00	@Melbourne
Australia/NSW	GMT+10:00|GMT+11:00	@Sydney
Australia/North	GMT+09:30|GMT+10:30	@Darwin
Australia/Perth	GMT+08:00|GMT+09:00	@Perth
Australia/Queensland	GMT+10:00|GMT+11:00	@Brisbane
Australia/South	GMT+09:30|GMT+10:30	@Adelaide
Australia/Sydney	GMT+10:00|GMT+11:00	@Sydney
Australia/Tasmania	GMT+10:00|GMT+11:00	@Hobart
Australia/Victoria	GMT+10:00|GMT+11:00	@Melbourne
Australia/West	GMT+08:00|GMT+09:00	@Perth
Australia/Yancowinna	GMT+09:30|GMT+10:30	@Broken Hill
Brazil/Acre	GMT-05:00|GMT-04:00	@Rio Branco
Brazil/DeNoronha	GMT-02:00|GMT-01:00	@Fernando de Noronha
Brazil/East	GMT-03:00|GMT-02:00	@Sao Paulo
Brazil/West	GMT-04:00|GMT-03:00	@Manaus
CET	GMT+01:00|GMT+02:00	@Brussels
CST6CDT	GMT-06:00|GMT-05:00	@Chicago
Canada/Atlantic	GMT-04:00|GMT-03:00	@Halifax
Canada/Central	GMT-06:00|GMT-05:00	@Winnipeg
Canada/Eastern	GMT-05:00|GMT-04:00	@Toronto
Canada/Mountain	GMT-07:00|GMT-06:00	@Edmonton
Canada/Newfoundland	GMT-03:30|GMT-02:30	@St. John’s
Canada/Pacific	GMT-08:00|GMT-07:00	@Vancouver
Canada/Saskatchewan	GMT-06:00|GMT-05:00	@Regina
Canada/Yukon	GMT-07:00|GMT-06:00	@Whitehorse
Chile/Continental	GMT-04:00|GMT-03:00	@Santiago
Chile/EasterIsland	GMT-06:00|GMT-05:00	@Easter
Cuba	GMT-05:00|GMT-04:00	@Havana
EET	GMT+02:00|GMT+03:00	@Athens
EST5EDT	GMT-05:00|GMT-04:00	@New York
Egypt	GMT+02:00|GMT+03:00	@Cairo
Eire	GMT|GMT+01:00	@Dublin
Etc/GMT	GMT	GMT
Etc/GMT+0	GMT	GMT
Etc/GMT+1	GMT-01:00	GMT-01:00
Etc/GMT+10	GMT-10:00	GMT-10:00
Etc/GMT+11	GMT-11:00	GMT-11:00
Etc/GMT+12	GMT-12:00	GMT-12:00
Etc/GMT+2	GMT-02:00	GMT-02:00
Etc/GMT+3	GMT-03:00	GMT-03:00
Etc/GMT+4	GMT-04:00	GMT-04:00
Etc/GMT+5	GMT-05:00	GMT-05:00
Etc/GMT+6	GMT-06:00	GMT-06:00
Etc/GMT+7	GMT-07:00	GMT-07:00
Etc/GMT+8	GMT-08:00	GMT-08:00
Etc/GMT+9	GMT-09:00	GMT-09:00
Etc/GMT-0	GMT	GMT
Etc/GMT-1	GMT+01:00	GMT+01:00
Etc/GMT-10	GMT+10:00	GMT+10:00
Etc/GMT-11	GMT+11:00	GMT+11:00
Etc/GMT-12	GMT+12:00	GMT+12:00
Etc/GMT-13	GMT+13:00	GMT+13:00
Etc/GMT-14	GMT+14:00	GMT+14:00
Etc/GMT-2	GMT+02:00	GMT+02:00
Etc/GMT-3	GMT+03:00	GMT+03:00
Etc/GMT-4	GMT+04:00	GMT+04:00
Etc/GMT-5	GMT+05:00	GMT+05:00
Etc/GMT-6	GMT+06:00	GMT+06:00
Etc/GMT-7	GMT+07:00	GMT+07:00
Etc/GMT-8	GMT+08:00	GMT+08:00
Etc/GMT-9	GMT+09:00	GMT+09:00
Etc/GMT0	GMT	GMT
Etc/Greenwich	GMT	GMT
Etc/UCT	UTC	GMT
Etc/UTC	UTC	GMT
Etc/Universal	UTC	GMT
Etc/Zulu	UTC	GMT
Europe/Amsterdam	GMT+01:00|GMT+02:00	@Amsterdam
Europe/Andorra	GMT+01:00|GMT+02:00	@Andorra
Europe/Astrakhan	GMT+04:00|GMT+05:00	@Astrakhan
Europe/Athens	GMT+02:00|GMT+03:00	@Athens
Europe/Belfast	GMT|GMT+01:00	@London
Europe/Belgrade	GMT+01:00|GMT+02:00	@Belgrade
Europe/Berlin	GMT+01:00|GMT+02:00	@Berlin
Europe/Bratislava	GMT+01:00|GMT+02:00	@Bratislava
Europe/Brussels	GMT+01:00|GMT+02:00	@Brussels
Europe/Bucharest	GMT+02:00|GMT+03:00	@Bucharest
Europe/Budapest	GMT+01:00|GMT+02:00	@Budapest
Europe/Busingen	GMT+01:00|GMT+02:00	@Busingen
Europe/Chisinau	GMT+02:00|GMT+03:00	@Chisinau
Europe/Copenhagen	GMT+01:00|GMT+02:00	@Copenhagen
Europe/Dublin	GMT|GMT+01:00	@Dublin
Europe/Gibraltar	GMT+01:00|GMT+02:00	@Gibraltar
Europe/Guernsey	GMT|GMT+01:00	@Guernsey
Europe/Helsinki	GMT+02:00|GMT+03:00	@Helsinki
Europe/Isle_of_Man	GMT|GMT+01:00	@Isle of Man
Europe/Istanbul	GMT+03:00|GMT+04:00	@Istanbul
Europe/Jersey	GMT|GMT+01:00	@Jersey
Europe/Kaliningrad	GMT+02:00|GMT+03:00	@Kaliningrad
Europe/Kiev	GMT+02:00|GMT+03:00	@Kyiv
Europe/Kirov	MSK	@Kirov
Europe/Kyiv	EET|EEST	@Kyiv
Europe/Lisbon	GMT|GMT+01:00	@Lisbon
Europe/Ljubljana	GMT+01:00|GMT+02:00	@Ljubljana
Europe/London	GMT|GMT+01:00	@London
Europe/Luxembourg	GMT+01:00|GMT+02:00	@Luxembourg
Europe/Madrid	GMT+01:00|GMT+02:00	@Madrid
Europe/Malta	GMT+01:00|GMT+02:00	@Malta
Europe/Mariehamn	GMT+02:00|GMT+03:00	@Mariehamn
Europe/Minsk	GMT+03:00|GMT+04:00	@Minsk
Europe/Monaco	GMT+01:00|GMT+02:00	@Monaco
Europe/Moscow	GMT+03:00|GMT+04:00	@Moscow
Europe/Nicosia	GMT+02:00|GMT+03:00	@Nicosia
Europe/Oslo	GMT+01:00|GMT+02:00	@Oslo
Europe/Paris	GMT+01:00|GMT+02:00	@Paris
Europe/Podgorica	GMT+01:00|GMT+02:00	@Podgorica
Europe/Prague	GMT+01:00|GMT+02:00	@Prague
Europe/Riga	GMT+02:00|GMT+03:00	@Riga
Europe/Rome	GMT+01:00|GMT+02:00	@Rome
Europe/Samara	GMT+04:00|GMT+05:00	@Samara
Europe/San_Marino	GMT+01:00|GMT+02:00	@San Marino
Europe/Sarajevo	GMT+01:00|GMT+02:00	@Sarajevo
Europe/Saratov	GMT+04:00|GMT+05:00	@Saratov
Europe/Simferopol	GMT+03:00|GMT+04:00	@Simferopol
Europe/Skopje	GMT+01:00|GMT+02:00	@Skopje
Europe/Sofia	GMT+02:00|GMT+03:00	@Sofia
Europe/Stockholm	GMT+01:00|GMT+02:00	@Stockholm
Europe/Tallinn	GMT+02:00|GMT+03:00	@Tallinn
Europe/Tirane	GMT+01:00|GMT+02:00	@Tirane
Europe/Tiraspol	GMT+02:00|GMT+03:00	@Chisinau
Europe/Ulyanovsk	GMT+04:00|GMT+05:00	@Ulyanovsk
Europe/Uzhgorod	GMT+02:00|GMT+03:00	@Kyiv
Europe/Vaduz	GMT+01:00|GMT+02:00	@Vaduz
Europe/Vatican	GMT+01:00|GMT+02:00	@Vatican
Europe/Vienna	GMT+01:00|GMT+02:00	@Vienna
Europe/Vilnius	GMT+02:00|GMT+03:00	@Vilnius
Europe/Volgograd	GMT+03:00|GMT+04:00	@Volgograd
Europe/Warsaw	GMT+01:00|GMT+02:00	@Warsaw
Europe/Zagreb	GMT+01:00|GMT+02:00	@Zagreb
Europe/Zaporozhye	GMT+02:00|GMT+03:00	@Kyiv
Europe/Zurich	GMT+01:00|GMT+02:00	@Zurich
GB	GMT|GMT+01:00	@London
GB-Eire	GMT|GMT+01:00	@London
GMT	GMT	GMT
GMT0	GMT	GMT
Greenwich	GMT	GMT
Hongkong	GMT+08:00|GMT+09:00	@Hong Kong
Iceland	GMT	@Reykjavik
Indian/Antananarivo	GMT+03:00	@Antananarivo
Indian/Chagos	GMT+06:00	@Chagos
Indian/Christmas	GMT+07:00	@Christmas
Indian/Cocos	GMT+06:30	@Cocos
Indian/Comoro	GMT+03:00	@Comoro
Indian/Kerguelen	GMT+05:00	@Kerguelen
Indian/Mahe	GMT+04:00	@Mahe
Indian/Maldives	GMT+05:00	@Maldives
Indian/Mauritius	GMT+04:00|GMT+05:00	@Mauritius
Indian/Mayotte	GMT+03:00	@Mayotte
Indian/Reunion	GMT+04:00	@Réunion
Iran	GMT+03:30|GMT+04:30	@Tehran
Israel	GMT+02:00|GMT+03:00	@Jerusalem
Jamaica	GMT-05:00|GMT-04:00	@Jamaica
Japan	GMT+09:00|GMT+10:00	@Tokyo
Kwajalein	GMT+12:00	@Kwajalein
Libya	GMT+02:00|GMT+03:00	@Tripoli
MET	GMT+01:00|GMT+02:00	@Brussels
MST7MDT	GMT-07:00|GMT-06:00	@Denver
Mexico/BajaNorte	GMT-08:00|GMT-07:00	@Tijuana
Mexico/BajaSur	GMT-07:00|GMT-06:00	@Mazatlan
Mexico/General	GMT-06:00|GMT-05:00	@Mexico City
NZ	GMT+12:00|GMT+13:00	@Auckland
NZ-CHAT	GMT+12:45|GMT+13:45	@Chatham
Navajo	GMT-07:00|GMT-06:00	@Denver
PRC	GMT+08:00|GMT+09:00	@Shanghai
PST8PDT	GMT-08:00|GMT-07:00	@Los Angeles
Pacific/Apia	GMT+13:00|GMT+14:00	@Apia
Pacific/Auckland	GMT+12:00|GMT+13:00	@Auckland
Pacific/Bougainville	GMT+11:00	@Bougainville
Pacific/Chatham	GMT+12:45|GMT+13:45	@Chatham
Pacific/Chuuk	GMT+10:00	@Chuuk
Pacific/Easter	GMT-06:00|GMT-05:00	@Easter
Pacific/Efate	GMT+11:00|GMT+12:00	@Efate
Pacific/Enderbury	GMT+13:00	@Enderbury
Pacific/Fakaofo	GMT+13:00	@Fakaofo
Pacific/Fiji	GMT+12:00|GMT+13:00	@Fiji
Pacific/Funafuti	GMT+12:00	@Funafuti
Pacific/Galapagos	GMT-06:00|GMT-05:00	@Galapagos
Pacific/Gambier	GMT-09:00	@Gambier
Pacific/Guadalcanal	GMT+11:00	@Guadalcanal
Pacific/Guam	GMT+10:00|GMT+11:00	@Guam
Pacific/Honolulu	GMT-10:00|GMT-09:00	@Honolulu
Pacific/Johnston	GMT-10:00|GMT-09:00	@Honolulu
Pacific/Kanton	GMT+13:00	@Enderbury
Pacific/Kiritimati	GMT+14:00	@Kiritimati
Pacific/Kosrae	GMT+11:00	@Kosrae
Pacific/Kwajalein	GMT+12:00	@Kwajalein
Pacific/Majuro	GMT+12:00	@Majuro
Pacific/Marquesas	GMT-09:30	@Marquesas
Pacific/Midway	GMT-11:00	@Midway
Pacific/Nauru	GMT+12:00	@Nauru
Pacific/Niue	GMT-11:00	@Niue
Pacific/Norfolk	GMT+11:00|GMT+12:00	@Norfolk
Pacific/Noumea	GMT+11:00|GMT+12:00	@Noumea
Pacific/Pago_Pago	GMT-11:00	@Pago Pago
Pacific/Palau	GMT+09:00	@Palau
Pacific/Pitcairn	GMT-08:00	@Pitcairn
Pacific/Pohnpei	GMT+11:00	@Pohnpei
Pacific/Ponape	GMT+11:00	@Pohnpei
Pacific/Port_Moresby	GMT+10:00	@Port Moresby
Pacific/Rarotonga	GMT-10:00|GMT-09:30	@Rarotonga
Pacific/Saipan	GMT+10:00|GMT+11:00	@Saipan
Pacific/Samoa	GMT-11:00	@Pago Pago
Pacific/Tahiti	GMT-10:00	@Tahiti
Pacific/Tarawa	GMT+12:00	@Tarawa
Pacific/Tongatapu	GMT+13:00|GMT+14:00	@Tongatapu
Pacific/Truk	GMT+10:00	@Chuuk
Pacific/Wake	GMT+12:00	@Wake
Pacific/Wallis	GMT+12:00	@Wallis
Pacific/Yap	GMT+10:00	@Chuuk
Poland	GMT+01:00|GMT+02:00	@Warsaw
Portugal	GMT|GMT+01:00	@Lisbon
ROK	GMT+09:00|GMT+10:00	@Seoul
Singapore	GMT+08:00|GMT+08:20	@Singapore
SystemV/AST4	GMT-04:00	GMT-04:00
SystemV/AST4ADT	GMT-04:00|GMT-03:00	GMT-04:00|GMT-03:00
SystemV/CST6	GMT-06:00	GMT-06:00
SystemV/CST6CDT	GMT-06:00|GMT-05:00	GMT-06:00|GMT-05:00
SystemV/EST5	GMT-05:00	GMT-05:00
SystemV/EST5EDT	GMT-05:00|GMT-04:00	GMT-05:00|GMT-04:00
SystemV/HST10	GMT-10:00	GMT-10:00
SystemV/MST7	GMT-07:00	GMT-07:00
SystemV/MST7MDT	GMT-07:00|GMT-06:00	GMT-07:00|GMT-06:00
SystemV/PST8	GMT-08:00	GMT-08:00
SystemV/PST8PDT	GMT-08:00|GMT-07:00	GMT-08:00|GMT-07:00
SystemV/YST9	GMT-09:00	GMT-09:00
SystemV/YST9YDT	GMT-09:00|GMT-08:00	GMT-09:00|GMT-08:00
Turkey	GMT+03:00|GMT+04:00	@Istanbul
UCT	UTC	GMT
US/Alaska	GMT-09:00|GMT-08:00	@Anchorage
US/Aleutian	GMT-10:00|GMT-09:00	@Adak
US/Arizona	GMT-07:00|GMT-06:00	@Phoenix
US/Central	GMT-06:00|GMT-05:00	@Chicago
US/East-Indiana	GMT-05:00|GMT-04:00	@Indianapolis
US/Eastern	GMT-05:00|GMT-04:00	@New York
US/Hawaii	GMT-10:00|GMT-09:00	@Honolulu
US/Indiana-Starke	GMT-06:00|GMT-05:00	@Knox, Indiana
US/Michigan	GMT-05:00|GMT-04:00	@Detroit
US/Mountain	GMT-07:00|GMT-06:00	@Denver
US/Pacific	GMT-08:00|GMT-07:00	@Los Angeles
US/Samoa	GMT-11:00	@Pago Pago
UTC	UTC	GMT
Universal	UTC	GMT
W-SU	GMT+03:00|GMT+04:00	@Moscow
WET	GMT|GMT+01:00	@Lisbon
Zulu	UTC	GMT
"""


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str, str, str]]:
    table = {}
    for line in _DATA.strip().splitlines():
        zone_id, short, long = line.split("\t")
        z_std, _, z_dst = short.partition("|")
        if long.startswith("@"):
            l_std, l_dst = f"{long[1:]} (+0)", f"{long[1:]} (+1)"
        else:
            l_std, _, l_dst = long.partition("|")
        table[zone_id] = (z_std, z_dst or z_std, l_std, l_dst or l_std)
    return table


def root_zone_name(zone_id: str, daylight: bool, full: bool) -> str | None:
    """TimeZone.getDisplayName(daylight, full ? LONG : SHORT, Locale.ROOT); None for an unknown id."""
    names = _table().get(zone_id)
    if names is None:
        return None
    return names[(2 if full else 0) + daylight]


# Zones whose daylight flag the JDK (rearguard tz data) sees inverted from the negative DST of
# Python's (vanguard) tz data, or always set (Windhoek): there the flag is `dst() == 0` (an
# approximation: before these zones' recent rules it can differ from the JDK).
INVERTED_DST = frozenset(["Africa/Casablanca", "Africa/El_Aaiun", "Africa/Windhoek", "Eire", "Europe/Dublin"])
