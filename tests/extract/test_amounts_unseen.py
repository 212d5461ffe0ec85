"""Amounts on unseen wordings (issue 3, M7): invented sentences in the phrasing of regulators'
releases and of the press, English and French, each written with the (type, amount, currency)
expected BEFORE any run, then checked against the gold conventions (a daily sum set as the
consequence of not complying is a warning; a refund is an order; an infringement notice to pay
is a fine). Positives in many currencies, multipliers and shapes; negatives that must give no
amount: maxima, turnovers and revenues, damages claimed, deals, totals of several fines,
approximations. Known gaps, where the step itself is missed (not its amount), are in M7's
report, not here."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 6, 1)

CASES = [
    ("en",
     "The European Commission fined Google €1.2bn on Tuesday for abusing its dominance in "
     "online advertising.",
     {("fine", "1200000000", "EUR")}),
    ("en",
     "The Irish Data Protection Commission fined LinkedIn EUR 310m on Monday over its "
     "targeted advertising.",
     {("fine", "310000000", "EUR")}),
    ("en",
     "The Federal Trade Commission imposed a $5bn penalty on Facebook over privacy "
     "violations.",
     {("fine", "5000000000", "USD")}),
    ("en",
     "The Korea Fair Trade Commission fined Google KRW 15.2 billion on Wednesday for unfair "
     "practices in the app market.",
     {("fine", "15200000000", "KRW")}),
    ("en",
     "The Competition Commission of India imposed a penalty of ₹1,337.76 crore on Google on "
     "Thursday for abusing its dominant position in the Android market.",
     {("fine", "13377600000", "INR")}),
    ("en",
     "The Competition Commission of India fined Meta Rs 213 crore on Monday over WhatsApp's "
     "privacy policy.",
     {("fine", "2130000000", "INR")}),
    ("en",
     "Japan Fair Trade Commission fined Google ¥4.2 billion on Friday.",
     {("fine", "4200000000", "JPY")}),
    ("en",
     "The Information Commissioner's Office fined TikTok £12.7m on Tuesday for misusing "
     "children's data.",
     {("fine", "12700000", "GBP")}),
    ("en",
     "The Personal Data Protection Commission fined Shopee S$750,000 on Thursday.",
     {("fine", "750000", "SGD")}),
    ("en",
     "Sweden's data protection authority fined Spotify 58 million kronor ($5.4 million) on "
     "Monday.",
     {("fine", "58000000", "SEK")}),
    ("en",
     "Norway's data protection authority fined Grindr 65 million kroner on Monday for "
     "sharing user data without consent.",
     {("fine", "65000000", "NOK")}),
    ("en",
     "The Danish Data Protection Agency fined Netcompany 10 million kroner on Tuesday.",
     {("fine", "10000000", "DKK")}),
    ("en",
     "Turkey's competition authority fined Google 2.6 billion lira on Thursday.",
     {("fine", "2600000000", "TRY")}),
    ("en",
     "South Africa's Competition Commission fined Google 10 million rand on Wednesday.",
     {("fine", "10000000", "ZAR")}),
    ("en",
     "Nigeria's Federal Competition and Consumer Protection Commission fined Meta 330 "
     "billion naira on Friday.",
     {("fine", "330000000000", "NGN")}),
    ("en",
     "Brazil's National Data Protection Authority fined Meta R$50 million on Tuesday.",
     {("fine", "50000000", "BRL")}),
    ("en",
     "Italy's data protection authority fined Luka Inc., the developer of Replika, five "
     "million euros on Monday.",
     {("fine", "5000000", "EUR")}),
    ("en",
     "The Federal Trade Commission fined Twitter two million dollars on Monday.",
     {("fine", "2000000", "USD")}),
    ("en",
     "Under the Online Safety Act, Ofcom can impose fines of up to £18 million or 10% of "
     "global turnover.",
     set()),
    ("en",
     "The company faces a fine of up to 6% of its global annual turnover if the Commission "
     "confirms its findings.",
     set()),
    ("en",
     "Meta, which reported revenue of $134.9 billion last year, was fined €390 million by "
     "the Irish Data Protection Commission on Wednesday.",
     {("fine", "390000000", "EUR")}),
    ("en",
     "The plaintiffs are seeking $5 billion in damages from Google.",
     set()),
    ("en",
     "The Texas attorney general sued Meta on Monday, seeking civil penalties of $10,000 "
     "per violation.",
     set()),
    ("en",
     "The European Commission fined Meta €798 million on Thursday, weeks after Meta "
     "announced a $10 billion investment in data centres.",
     {("fine", "798000000", "EUR")}),
    ("en",
     "The Dutch Data Protection Authority fined Uber a total of €290 million on Monday.",
     {("fine", "290000000", "EUR")}),
    ("en",
     "The Competition and Markets Authority fined Meta a further £2 million on Friday for "
     "breaching the order.",
     {("fine", "2000000", "GBP")}),
    ("en",
     "The Federal Trade Commission ordered Epic Games to pay $245 million in refunds to "
     "consumers.",
     {("order", "245000000", "USD")}),
    ("en",
     "The ICO fined Clearview AI £7.5 million on Monday, out of a maximum of £17.5 million.",
     {("fine", "7500000", "GBP")}),
    ("en",
     "The Irish Data Protection Commission fined TikTok €530 million on Friday. The "
     "regulator had fined the company €345 million in 2023.",
     {("fine", "345000000", "EUR"), ("fine", "530000000", "EUR")}),
    ("en",
     "Brazil's Supreme Court ordered Elon Musk's X to appoint a legal representative within "
     "24 hours.",
     set()),
    ("en",
     "Brazil's data protection authority ordered Meta to suspend the policy. Each day of "
     "non-compliance will cost the company R$50,000, the regulator said.",
     {("warning", "50000", "BRL")}),
    ("fr",
     "La Commission européenne a infligé jeudi une amende de 1,2 milliard d'euros à Meta.",
     {("fine", "1200000000", "EUR")}),
    ("fr",
     "La Cour suprême brésilienne a condamné le réseau social X à une amende de 50 millions "
     "de reais mardi.",
     {("fine", "50000000", "BRL")}),
    ("fr",
     "La Commission de la concurrence a infligé une amende de 2 millions de francs suisses "
     "à Google lundi.",
     {("fine", "2000000", "CHF")}),
    ("fr",
     "La Commission suisse de la concurrence a infligé lundi une amende de CHF 2 millions à "
     "Booking.",
     {("fine", "2000000", "CHF")}),
    ("fr",
     "La CNIL a sanctionné Yahoo d'une amende de 800 000 euros.",
     {("fine", "800000", "EUR")}),
    ("fr",
     "L'Autorité de la concurrence a infligé une amende de 150 M€ à Apple.",
     {("fine", "150000000", "EUR")}),
    ("fr",
     "La Commission de la concurrence de l'Inde a infligé une amende de 213,14 crores de "
     "roupies à Meta.",
     {("fine", "2131400000", "INR")}),
    ("fr",
     "Le Garante a infligé une amende de 15 millions d'euros à OpenAI, soit environ 15,6 "
     "millions de dollars.",
     {("fine", "15000000", "EUR")}),
    ("fr",
     "Les plateformes encourent une amende pouvant atteindre 6 % de leur chiffre d'affaires "
     "mondial.",
     set()),
    ("fr",
     "La CNIL peut infliger des amendes allant jusqu'à 20 millions d'euros.",
     set()),
    ("fr",
     "Amazon, qui a réalisé un chiffre d'affaires de 575 milliards de dollars, a été "
     "condamné jeudi à une amende de 1,13 milliard d'euros par l'autorité italienne de la "
     "concurrence.",
     {("fine", "1130000000", "EUR")}),
    ("fr",
     "Les plaignants réclament 2 milliards d'euros de dommages et intérêts à Google.",
     set()),
    ("fr",
     "La CNIL a infligé une amende de 325 millions d'euros à Google et de 150 millions "
     "d'euros à Shein.",
     {("fine", "150000000", "EUR"), ("fine", "325000000", "EUR")}),
    # the order's daily penalty is a warning with its daily amount (order_penalties.py)
    ("fr",
     "La CNIL a enjoint à Google de se mettre en conformité dans un délai de trois mois, "
     "sous astreinte de 100 000 euros par jour de retard.",
     {("warning", "100000", "EUR")}),
    ("fr",
     "La CNIL a enjoint à Yahoo de se mettre en conformité. À défaut, elle devra "
     "s'acquitter d'une astreinte de 10 000 euros par jour de retard.",
     {("warning", "10000", "EUR")}),
    ("fr",
     "L'Arcom a mis en demeure Pornhub de se conformer à la loi sous quinze jours.",
     set()),
    ("fr",
     "Le gouvernement a ordonné à TikTok de retirer les contenus d'ici au 31 mars.",
     set()),
    ("fr",
     "La DGCCRF a infligé une amende de 40 millions d'euros à Shein, l'entreprise ayant par "
     "ailleurs remboursé 3 millions d'euros à ses clients.",
     {("fine", "40000000", "EUR")}),
    ("fr",
     "La Commission européenne a infligé des amendes d'un montant total de 700 millions "
     "d'euros à Apple et Meta.",
     set()),
    ("fr",
     "Le tribunal a condamné la société à verser 2 millions d'euros aux victimes.",
     set()),
    ("fr",
     "Le rachat de Activision pour 69 milliards de dollars a été autorisé par la Commission "
     "européenne.",
     set()),
    ("fr",
     "La Commission fédérale du commerce a infligé une amende de 5 milliards de dollars à "
     "Facebook.",
     {("fine", "5000000000", "USD")}),
    ("fr",
     "La Commission australienne de la concurrence a obtenu une amende de 60 millions de "
     "dollars australiens contre Google.",
     {("fine", "60000000", "AUD")}),
    ("en",
     "The ICO fined Clearview AI £7.5 million on Monday, far below the maximum fine of "
     "£17.5 million it could have imposed.",
     {("fine", "7500000", "GBP")}),
    ("en",
     "Ofcom fined 4chan £20,000 on Monday. Under the Online Safety Act, companies can be "
     "fined up to £18 million or 10% of their qualifying worldwide revenue.",
     {("fine", "20000", "GBP")}),
    ("fr",
     "La CNIL a infligé une amende de 40 millions d'euros à Criteo, alors que le montant "
     "maximal encouru était de 4 % du chiffre d'affaires.",
     {("fine", "40000000", "EUR")}),
    ("fr",
     "L'Arcom a mis en demeure Pornhub lundi. Le site risque une amende pouvant aller "
     "jusqu'à 250 000 euros.",
     set()),
    ("en",
     "The Competition Commission of India fined Google Rs 1,337.76 crore on Thursday; "
     "Google earned $282 billion in revenue last year.",
     {("fine", "13377600000", "INR")}),
    ("fr",
     "L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Apple, "
     "dont le chiffre d'affaires mondial dépasse 380 milliards de dollars.",
     {("fine", "150000000", "EUR")}),
    ("en",
     "The Irish Data Protection Commission fined Meta €390 million on Wednesday, after "
     "Luxembourg's CNPD fined Amazon €746 million in 2021.",
     {("fine", "390000000", "EUR"), ("fine", "746000000", "EUR")}),
    ("en",
     "The fine of €530 million imposed by the Irish Data Protection Commission on TikTok on "
     "Friday comes on top of a €345 million fine in 2023.",
     {("fine", "530000000", "EUR")}),
    ("en",
     "The Federal Trade Commission ordered Epic Games to pay $245 million to refund "
     "consumers.",
     {("order", "245000000", "USD")}),
    ("en",
     "The Federal Trade Commission fined Amazon $25 million, and Amazon will also pay $5.8 "
     "million in refunds to customers.",
     {("fine", "25000000", "USD")}),
    ("fr",
     "La DGCCRF a infligé une amende de 40 millions d'euros à Shein, qui devra en outre "
     "rembourser 3 millions d'euros aux consommateurs.",
     {("fine", "40000000", "EUR")}),
    ("en",
     "Google agreed to pay $391.5 million to settle with 40 states over its location "
     "tracking.",
     set()),
    ("en",
     "The Texas Attorney General sued Google on Monday, seeking $100 billion in damages.",
     set()),
    ("fr",
     "Le procureur général du Texas a poursuivi Meta en justice lundi, réclamant des "
     "centaines de milliards de dollars de pénalités.",
     set()),
    ("en",
     "The European Commission fined Apple €500 million and Meta €200 million on Wednesday, "
     "a combined €700 million.",
     {("fine", "200000000", "EUR"), ("fine", "500000000", "EUR")}),
    ("en",
     "The European Commission fined Apple and Meta a total of €700 million on Wednesday.",
     set()),
    ("fr",
     "La CNIL a infligé des amendes de 150 millions d'euros à Google et de 60 millions "
     "d'euros à Facebook, soit 210 millions d'euros au total.",
     {("fine", "150000000", "EUR"), ("fine", "60000000", "EUR")}),
    ("en",
     "The Dutch Data Protection Authority fined Uber a total of €290 million on Monday.",
     {("fine", "290000000", "EUR")}),
    ("en",
     "The Competition and Markets Authority fined Meta a further £2 million on Friday for "
     "breaching the order.",
     {("fine", "2000000", "GBP")}),
    ("fr",
     "La CNIL a enjoint à Yahoo de se mettre en conformité dans un délai de trois mois. À "
     "défaut, la société devra payer une astreinte de 10 000 euros par jour de retard.",
     {("warning", "10000", "EUR")}),
    ("en",
     "The Italian competition authority fined Meta €3.5 million on Tuesday.",
     {("fine", "3500000", "EUR")}),
    ("en",
     "The Irish Data Protection Commission fined TikTok €530 million on Friday, and ordered "
     "it to suspend data transfers to China within six months.",
     {("fine", "530000000", "EUR")}),
    ("en",
     "The Information Commissioner's Office fined TikTok almost £13 million on Tuesday.",
     set()),
    ("fr",
     "La CNIL a infligé une amende de près de 100 millions d'euros à Google mardi.",
     set()),
    ("en",
     "Google was hit with a €2.42 billion fine by the European Commission on Tuesday.",
     {("fine", "2420000000", "EUR")}),
    ("en",
     "Meta was slapped with a record 1.2 billion euro ($1.3 billion) fine by the Irish Data "
     "Protection Commission on Monday.",
     {("fine", "1200000000", "EUR")}),
    ("en",
     "TikTok was handed a £12.7m fine by the Information Commissioner's Office on Tuesday.",
     {("fine", "12700000", "GBP")}),
    ("en",
     "A Moscow court fined Google 3.8 billion roubles on Friday for failing to delete "
     "banned content.",
     {("fine", "3800000000", "RUB")}),
    ("en",
     "Russia's communications regulator Roskomnadzor fined Telegram 4 million rubles on "
     "Monday.",
     {("fine", "4000000", "RUB")}),
    ("en",
     "South Korea's Fair Trade Commission fined Google 42.1 billion won ($32 million) on "
     "Tuesday.",
     {("fine", "42100000000", "KRW")}),
    ("en",
     "Kenya's Office of the Data Protection Commissioner fined the lender 9.2 million "
     "shillings on Friday.",
     set()),
    ("en",
     "Turkey's Personal Data Protection Authority fined TikTok 1.75 million lira on "
     "Wednesday.",
     {("fine", "1750000", "TRY")}),
    ("en",
     "Indonesia's communications ministry fined Google Rp 202.5 billion on Monday.",
     {("fine", "202500000000", "IDR")}),
    ("en",
     "The Federal Competition and Consumer Protection Commission fined Meta $220 million in "
     "July 2024.",
     {("fine", "220000000", "USD")}),
    ("en",
     "The Australian Competition and Consumer Commission said the Federal Court had ordered "
     "Google to pay $60 million in penalties.",
     {("fine", "60000000", "AUD")}),
    ("en",
     "The Office of the Australian Information Commissioner secured a $50 million penalty "
     "against Meta.",
     {("fine", "50000000", "AUD")}),
    ("en",
     "Canada's Competition Bureau fined Google C$5 million on Thursday.",
     {("fine", "5000000", "CAD")}),
    ("en",
     "The FTC fined Twitter $150 million in 2022 for misusing users' phone numbers.",
     {("fine", "150000000", "USD")}),
    ("en",
     "The CNIL fined Google 150 million euros ($170 million) and Facebook 60 million euros "
     "on Thursday.",
     {("fine", "150000000", "EUR"), ("fine", "60000000", "EUR")}),
    ("en",
     "The Italian antitrust authority AGCM fined Apple and Google €10 million each on "
     "Friday.",
     {("fine", "10000000", "EUR")}),
    ("en",
     "Spain's data protection agency fined Google 10 million euros, the largest fine it has "
     "ever imposed.",
     {("fine", "10000000", "EUR")}),
    ("en",
     "Japan's Fair Trade Commission ordered Google to stop the practices on Tuesday; it did "
     "not impose a fine.",
     set()),
    ("en",
     "India's Competition Commission fined Google 13.38 billion rupees ($161 million) in "
     "October 2022.",
     {("fine", "13380000000", "INR")}),
    ("en",
     "The Competition Commission of India slapped a penalty of Rs 936.44 crore on Google on "
     "Tuesday.",
     {("fine", "9364400000", "INR")}),
    ("en",
     "The Competition Commission of India imposed a penalty of ₹213.14 crore on Meta.",
     {("fine", "2131400000", "INR")}),
    ("fr",
     "Google a écopé mardi d'une amende de 2,42 milliards d'euros infligée par la "
     "Commission européenne.",
     {("fine", "2420000000", "EUR")}),
    ("fr",
     "La Commission européenne a condamné Google à payer une amende de 4,34 milliards "
     "d'euros.",
     {("fine", "4340000000", "EUR")}),
    ("fr",
     "L'Autorité de la concurrence a prononcé une sanction de 500 millions d'euros à "
     "l'encontre de Google.",
     {("fine", "500000000", "EUR")}),
    ("fr",
     "Un tribunal de Moscou a infligé à Google une amende de 3,8 milliards de roubles.",
     {("fine", "3800000000", "RUB")}),
    ("fr",
     "Le gendarme sud-coréen de la concurrence a infligé une amende de 42,1 milliards de "
     "wons (32 millions de dollars) à Google.",
     {("fine", "42100000000", "KRW")}),
    ("fr",
     "La CNIL a sanctionné Google et Facebook d'amendes respectives de 150 et 60 millions "
     "d'euros.",
     {("fine", "150000000", "EUR"), ("fine", "60000000", "EUR")}),
    ("fr",
     "La Commission de la concurrence de l'Inde a infligé à Google une amende de 1 337,76 "
     "crores de roupies.",
     {("fine", "13377600000", "INR")}),
    ("fr",
     "L'autorité turque de la concurrence a condamné Google à une amende de 2,6 milliards "
     "de livres turques.",
     {("fine", "2600000000", "TRY")}),
    ("fr",
     "La Cour suprême du Brésil a infligé à X une amende de 18,3 millions de reais.",
     {("fine", "18300000", "BRL")}),
    ("fr",
     "L'Autorité de la concurrence a infligé une amende de 1,1 milliard d'euros à Apple, "
     "ramenée à 372 millions d'euros en appel.",
     {("fine", "1100000000", "EUR")}),
    ("fr",
     "La DGCCRF a infligé à Shein une amende de 40 millions d'euros, un montant record.",
     {("fine", "40000000", "EUR")}),
    ("fr",
     "La CNIL a infligé à Google une amende d'un montant de 100 millions d'euros.",
     {("fine", "100000000", "EUR")}),
    ("fr",
     "La Commission européenne a infligé une amende à Meta. Celle-ci s'élève à 797,72 "
     "millions d'euros.",
     {("fine", "797720000", "EUR")}),
    ("fr",
     "La Commission a infligé une amende de 2,42 milliards d'euros à Google, soit "
     "l'équivalent de 2,7 milliards de dollars.",
     {("fine", "2420000000", "EUR")}),
    ("fr",
     "La Commission suisse de la concurrence a infligé une amende de 2 millions de francs à "
     "Google.",
     {("fine", "2000000", "CHF")}),
    ("en",
     "The Irish Data Protection Commission fined Meta €265 million on Monday, bringing the "
     "total fines it has imposed on the company to nearly €1.3 billion.",
     {("fine", "265000000", "EUR")}),
    ("en",
     "The Irish Data Protection Commission fined Meta €265 million on Monday, bringing its "
     "total fines on Meta to €912 million.",
     {("fine", "265000000", "EUR")}),
    ("en",
     "The European Commission fined Google €4.34 billion on Wednesday, the largest "
     "antitrust fine ever, surpassing the €2.42 billion fine it imposed last year.",
     {("fine", "4340000000", "EUR")}),
    ("en",
     "The CNIL fined Google €150 million on Thursday, which represents less than 0.1% of "
     "its annual revenue of $257 billion.",
     {("fine", "150000000", "EUR")}),
    ("en",
     "The Dutch Data Protection Authority fined Clearview AI €30.5 million on Tuesday and "
     "imposed penalties of up to €5.1 million for continued non-compliance.",
     {("fine", "30500000", "EUR")}),
    ("en",
     "The Federal Trade Commission fined Amazon $25 million on Wednesday; the company had "
     "earned $575 billion in 2023.",
     {("fine", "25000000", "USD")}),
    ("en",
     "The Italian data protection authority fined OpenAI €15 million on Friday and ordered "
     "it to run a six-month information campaign.",
     {("fine", "15000000", "EUR")}),
    ("en",
     "The Korea Fair Trade Commission fined Google 42.1 billion won on Tuesday, after it "
     "had fined Qualcomm 1 trillion won in 2016.",
     {("fine", "1000000000000", "KRW"), ("fine", "42100000000", "KRW")}),
    ("en",
     "The Federal Trade Commission fined Meta $5 billion in 2019, the largest penalty ever "
     "imposed on a company for violating consumers' privacy, almost 20 times greater than "
     "any previous fine.",
     {("fine", "5000000000", "USD")}),
    ("en",
     "A court in Paris fined Apple €25 million on Friday; Apple had set aside €500 million "
     "for legal costs.",
     {("fine", "25000000", "EUR")}),
    ("fr",
     "La CNIL a infligé une amende de 150 millions d'euros à Google, portant à 325 millions "
     "d'euros le total de ses sanctions contre le groupe.",
     {("fine", "150000000", "EUR")}),
    ("fr",
     "La Commission européenne a infligé une amende de 1,8 milliard d'euros à Apple, soit "
     "moins de 0,5 % de son chiffre d'affaires annuel de 383 milliards de dollars.",
     {("fine", "1800000000", "EUR")}),
    ("fr",
     "La CNIL a infligé une amende de 10 millions d'euros à Yahoo, dont le chiffre "
     "d'affaires en France s'élève à 300 millions d'euros.",
     {("fine", "10000000", "EUR")}),
    ("fr",
     "La CNIL a infligé une amende de 40 millions d'euros à Criteo, la plus élevée depuis "
     "celle de 150 millions d'euros infligée à Google.",
     {("fine", "40000000", "EUR")}),
    ("fr",
     "L'AGCM a infligé une amende de 10 millions d'euros à TikTok, qui avait déjà été "
     "condamné à payer 5 millions d'euros en 2023 par le Garante.",
     {("fine", "10000000", "EUR")}),
    ("fr",
     "L'Autorité de la concurrence a sanctionné Google à hauteur de 250 millions d'euros "
     "mercredi.",
     {("fine", "250000000", "EUR")}),
    ("fr",
     "La CNIL a prononcé une sanction pécuniaire de 800 000 euros à l'encontre de Yahoo.",
     {("fine", "800000", "EUR")}),
    ("fr",
     "La CNIL a sanctionné Yahoo pour un montant de 10 millions d'euros.",
     {("fine", "10000000", "EUR")}),
    ("fr",
     "La Commission européenne a infligé à Apple une amende record de 1,8 Md€.",
     {("fine", "1800000000", "EUR")}),
    ("fr",
     "Google a été condamné à payer 500 000 euros par la CNIL.",
     {("fine", "500000", "EUR")}),
    ("fr",
     "La CNIL a condamné Google à 100 millions d'euros d'amende.",
     {("fine", "100000000", "EUR")}),
    ("fr",
     "Meta a été sanctionnée à hauteur de 1,2 milliard d'euros par la Commission irlandaise "
     "de protection des données.",
     {("fine", "1200000000", "EUR")}),
    ("fr",
     "L'Arcom a infligé une amende de deux millions d'euros à Pornhub.",
     {("fine", "2000000", "EUR")}),
    ("fr",
     "La CNIL a infligé à Google une amende de cent millions d'euros.",
     {("fine", "100000000", "EUR")}),
    ("en",
     "The European Commission fined Google to the tune of €2.42 billion.",
     {("fine", "2420000000", "EUR")}),
    ("en",
     "The Federal Trade Commission imposed a penalty amounting to $5 billion on Facebook.",
     {("fine", "5000000000", "USD")}),
    ("en",
     "The Information Commissioner's Office fined TikTok £12.7m ($15.9m) on Tuesday.",
     {("fine", "12700000", "GBP")}),
    ("en",
     "The Irish Data Protection Commission fined Meta a record €1.2bn on Monday.",
     {("fine", "1200000000", "EUR")}),
    ("en",
     "The Dutch Data Protection Authority fined Uber €290m (£247m) on Monday.",
     {("fine", "290000000", "EUR")}),
    ("en",
     "The Competition Commission of India imposed a monetary penalty of INR 213.14 crore on "
     "Meta.",
     {("fine", "2131400000", "INR")}),
    ("en",
     "The Federal Trade Commission imposed a civil penalty of US$ 20 million on Microsoft.",
     {("fine", "20000000", "USD")}),
    ("en",
     "The CNIL fined Google 150 million euros (about $170 million) on Thursday.",
     {("fine", "150000000", "EUR")}),
    ("en",
     "The eSafety Commissioner fined X A$610,500 on Monday.",
     {("fine", "610500", "AUD")}),
    ("en",
     "The Korea Communications Commission fined Apple and Google a combined 68 billion won.",
     set()),
    ("en",
     "The Korea Fair Trade Commission fined Google ₩42.1 billion.",
     {("fine", "42100000000", "KRW")}),
    ("en",
     "Italy's competition authority fined Apple €98.6 million on Monday, a month after "
     "France's competition authority fined the company €150 million.",
     {("fine", "150000000", "EUR"), ("fine", "98600000", "EUR")}),
    ("en",
     "The Dutch Data Protection Authority fined Clearview AI €30.5 million on Tuesday, "
     "following fines of €20 million each by regulators in Italy, Greece and France.",
     {("fine", "30500000", "EUR")}),
    ("en",
     "The CNIL fined Amazon France Logistique €32 million on Tuesday, while the Luxembourg "
     "authority had fined Amazon €746 million in 2021.",
     {("fine", "32000000", "EUR"), ("fine", "746000000", "EUR")}),
    ("en",
     "The Federal Trade Commission fined Epic Games $275 million, and the company must also "
     "pay $245 million to refund consumers.",
     {("fine", "275000000", "USD")}),
    ("en",
     "Ofcom fined 4chan £20,000, and said the company would face a further £100 a day if it "
     "kept ignoring the requests.",
     {("fine", "20000", "GBP")}),
    ("en",
     "The European Commission fined Apple €1.8 billion on Monday for abusing its dominant "
     "position on the market for music streaming apps, in a case brought by Spotify, which "
     "is valued at $60 billion.",
     {("fine", "1800000000", "EUR")}),
    ("fr",
     "La DGCCRF a infligé une amende de 40 millions d'euros à Shein, qui a réalisé 2 "
     "milliards d'euros de ventes en France.",
     {("fine", "40000000", "EUR")}),
    ("fr",
     "Google, qui a racheté Fitbit pour 2,1 milliards de dollars, a été condamné à une "
     "amende de 2 millions d'euros par la CNIL.",
     {("fine", "2000000", "EUR")}),
    ("en",
     "The eSafety Commissioner gave X 28 days to pay the A$610,500 infringement notice.",
     {("fine", "610500", "AUD")}),
    ("fr",
     "Le Conseil d'État a confirmé mardi l'amende de 50 millions d'euros infligée à Google "
     "par la CNIL.",
     {("fine", "50000000", "EUR")}),
    ("en",
     "Brazil's Supreme Federal Court ordered X to appoint a legal representative within 24 "
     "hours, under a daily fine of R$50,000.",
     {("warning", "50000", "BRL")}),
    ("en",
     "The Commerce Commission fined Meta $2.1 million on Monday.",
     {("fine", "2100000", "NZD")}),
    ("en",
     "Microsoft must pay €20 million after the Irish Data Protection Commission fined its "
     "LinkedIn unit.",
     {("fine", "20000000", "EUR")}),
    ("en",
     "The Competition and Markets Authority fined Meta £50.5 million on Wednesday, on top "
     "of the £1.5 million it fined the company in 2021.",
     {("fine", "1500000", "GBP"), ("fine", "50500000", "GBP")}),
]


@pytest.fixture(scope="module")
def amounts(gold_amounts):
    return gold_amounts(PUBLISHED)


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_the_sum_imposed_and_only_it(amounts, language, body, expected) -> None:
    assert amounts(body, language) == expected
