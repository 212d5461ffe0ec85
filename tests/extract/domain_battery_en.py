"""The English domain battery: 150 invented news sentences (or short snippets under a headline
line) about authorities acting against online platforms, with the gold rows an analyst would
write for each, published on Monday 10 March 2025.

Written for the language of the domain, not from any article of the corpus or the dev sets:
the ten action types in the sentence shapes news uses (active, passive with and without an
agent, nominal, reported, wire leads, lists of targets, two steps in one sentence, background
steps with their own dates, appositions, relative clauses, "after" clauses, headlines) and the
traps that must not give a step (threats, "could face", plans, negation, a company suing a
regulator, persons, company-to-company suits).

Each case: (shape, text, rows). A row is (type, jurisdiction, target label, ISO date) and may
add (amount, currency) when the sentence states a sum. A text with a line break has its
first line as headline.
"""

from __future__ import annotations

from typing import NamedTuple

PUBLISHED = "2025-03-10"  # a Monday: Friday is 2025-03-07, Thursday 03-06, Tuesday 03-04


class Row(NamedTuple):
    type: str
    jurisdiction: str | None
    target: str | None
    date: str | None = None
    amount: str | None = None
    currency: str | None = None


def R(kind: str, where: str | None, target: str | None, date: str | None = None,
      amount: str | None = None, currency: str | None = None) -> Row:
    return Row(kind, where, target, date, amount, currency)


FRI, THU, WED, TUE, MON = "2025-03-07", "2025-03-06", "2025-03-05", "2025-03-04", "2025-03-10"

# (shape, text, rows)
CASES: list[tuple[str, str, list[Row]]] = [
    # --- fines ------------------------------------------------------------------------------
    ("active", "Ofcom fined Zentrix Media Ltd £50,000 on Friday for failing to put age checks "
     "in place on its pornography sites.", [R("fine", "GB", "Zentrix Media", FRI, "50000", "GBP")]),
    ("active", "The Italian competition authority on Thursday fined Shein 1 million euros over "
     "misleading environmental claims on its website.",
     [R("fine", "IT", "Shein", THU, "1000000", "EUR")]),
    ("passive_agent", "TikTok was fined €345 million by Ireland's Data Protection Commission on "
     "Friday over its handling of children's data.",
     [R("fine", "IE", "TikTok", FRI, "345000000", "EUR")]),
    ("passive_agent", "Meta has been hit with a €798 million fine by the European Commission for "
     "tying Facebook Marketplace to its social network.",
     [R("fine", "EU", "Meta", None, "798000000", "EUR")]),
    ("nominal", "The €290 million fine imposed on Uber by the Dutch Data Protection Authority on "
     "Monday is the largest in the agency's history.",
     [R("fine", "NL", "Uber", MON, "290000000", "EUR")]),
    ("reported", "The Korea Fair Trade Commission said on Tuesday it had fined Google 42 billion "
     "won for blocking the growth of rival app stores.",
     [R("fine", "KR", "Google", TUE, "42000000000", "KRW")]),
    ("wire", "Apple was fined 1.8 billion euros by EU antitrust regulators on Thursday for "
     "preventing music streaming rivals from telling users about cheaper offers.",
     [R("fine", "EU", "Apple", THU, "1800000000", "EUR")]),
    ("apposition", "Ofcom, the UK media regulator, fined 4chan £20,000 on Friday for failing to "
     "respond to a request for information.", [R("fine", "GB", "4chan", FRI, "20000", "GBP")]),
    ("background", "The CNIL fined Google €325 million on Thursday over advertisements shown "
     "between Gmail messages. In 2021 the French regulator had already fined Amazon €35 million "
     "over advertising cookies.",
     [R("fine", "FR", "Google", THU, "325000000", "EUR"),
      R("fine", "FR", "Amazon", "2021", "35000000", "EUR")]),
    ("relative", "Temu, which the European Commission fined €200 million on Friday, said it "
     "would appeal the decision.", [R("fine", "EU", "Temu", FRI, "200000000", "EUR")]),
    ("after", "The ruling came after Turkey's competition authority fined Google 2.6 billion "
     "lira on Wednesday.", [R("fine", "TR", "Google", WED, "2600000000", "TRY")]),
    ("list", "Australia's eSafety Commissioner fined X, Telegram and Reddit on Friday for failing "
     "to answer questions about child abuse material.",
     [R("fine", "AU", "X", FRI), R("fine", "AU", "Telegram", FRI), R("fine", "AU", "Reddit", FRI)]),
    ("active", "South Korea's privacy watchdog hit DeepSeek with a 2.5 billion won penalty on "
     "Tuesday for transferring users' data abroad.",
     [R("fine", "KR", "DeepSeek", TUE, "2500000000", "KRW")]),
    ("active", "Kenya's data protection commissioner fined Mulla Pride 2.9 million shillings on "
     "Thursday for harassing borrowers' contacts.",
     [R("fine", "KE", "Mulla Pride", THU, "2900000", "KES")]),
    ("active", "A court in Moscow fined Telegram 7 million roubles on Tuesday for failing to "
     "delete banned content.", [R("fine", "RU", "Telegram", TUE, "7000000", "RUB")]),
    ("wire", "Amazon was fined 746 million euros on Friday by Luxembourg's data protection "
     "authority for processing personal data in breach of EU rules.",
     [R("fine", "LU", "Amazon", FRI, "746000000", "EUR")]),
    ("passive_bare", "LinkedIn has been fined €310 million in Ireland over its use of members' "
     "data for targeted advertising.", [R("fine", "IE", "LinkedIn", None, "310000000", "EUR")]),
    ("headline", "EU fines X €120 million over blue checkmarks\nThe European Commission fined X "
     "€120 million on Friday for deceiving users with its paid verification badges.",
     [R("fine", "EU", "X", FRI, "120000000", "EUR")]),
    ("active", "The Federal Trade Commission on Wednesday ordered Epic Games to pay $245 million "
     "over design tricks that led players to make unwanted purchases.",
     [R("fine", "US", "Epic Games", WED, "245000000", "USD")]),
    ("nominal", "The penalty of 5 million reais, imposed by Brazil's consumer protection "
     "secretariat on Thursday, is the first against Kwai.",
     [R("fine", "BR", "Kwai", THU, "5000000", "BRL")]),
    # --- investigations -----------------------------------------------------------------------
    ("active", "The European Commission opened formal proceedings against AliExpress on "
     "Thursday under the Digital Services Act.", [R("investigation", "EU", "AliExpress", THU)]),
    ("active", "Ofcom has opened an investigation into Kick.com over its handling of illegal "
     "content.", [R("investigation", "GB", "Kick.com")]),
    ("passive_agent", "An investigation into Temu was opened by the European Commission on "
     "Friday.", [R("investigation", "EU", "Temu", FRI)]),
    ("passive_agent", "Snapchat is being investigated by the Information Commissioner's Office "
     "over the risks its chatbot poses to children.", [R("investigation", "GB", "Snapchat")]),
    ("nominal", "The probe into Roblox, launched by Turkey's competition authority on Tuesday, "
     "will examine the platform's in-game payments.",
     [R("investigation", "TR", "Roblox", TUE)]),
    ("reported", "Japan's Fair Trade Commission said on Wednesday it had launched an "
     "investigation into Amazon over its treatment of third-party sellers.",
     [R("investigation", "JP", "Amazon", WED)]),
    ("wire", "Google was hit on Friday with an antitrust investigation by India's competition "
     "watchdog over its billing policy.", [R("investigation", "IN", "Google", FRI)]),
    ("apposition", "The CMA, Britain's competition regulator, launched an investigation on "
     "Thursday into whether Apple and Google hold strategic market status in mobile platforms.",
     [R("investigation", "GB", "Apple", THU), R("investigation", "GB", "Google", THU)]),
    ("two_steps", "The Irish Data Protection Commission opened an inquiry into X on Friday and "
     "asked the company to explain how it trained its chatbot on users' posts.",
     [R("investigation", "IE", "X", FRI), R("request_for_information", "IE", "X", FRI)]),
    ("background", "The Commission, which opened proceedings against Meta in April 2024, sent "
     "the company its preliminary findings on Friday.",
     [R("investigation", "EU", "Meta", "2024-04"), R("investigation", "EU", "Meta", FRI)]),
    ("list", "Italy's antitrust authority opened investigations into DeepSeek, Mistral AI and "
     "Nova AI on Tuesday over warnings about false information.",
     [R("investigation", "IT", "DeepSeek", TUE), R("investigation", "IT", "Mistral AI", TUE),
      R("investigation", "IT", "Nova AI", TUE)]),
    ("relative", "Pornhub, which the Office of the Privacy Commissioner of Canada began "
     "investigating in 2020, said it had changed its consent rules.",
     [R("investigation", "CA", "Pornhub", "2020")]),
    ("after", "Shares fell after Germany's Federal Cartel Office opened proceedings against "
     "Amazon on Wednesday.", [R("investigation", "DE", "Amazon", WED)]),
    ("active", "The Commission on Thursday widened its investigation into TikTok to cover "
     "election-related advertising.", [R("investigation", "EU", "TikTok", THU)]),
    ("active", "EU regulators on Friday charged Meta with breaching the Digital Markets Act "
     "with its pay-or-consent model.", [R("investigation", "EU", "Meta", FRI)]),
    ("active", "Nigeria's Federal Competition and Consumer Protection Commission began "
     "investigating Jumia on Monday over complaints about fake discounts.",
     [R("investigation", "NG", "Jumia", MON)]),
    ("list", "South Africa's Competition Commission has launched a probe into Google and Meta "
     "over payments to news publishers.",
     [R("investigation", "ZA", "Google"), R("investigation", "ZA", "Meta")]),
    ("active", "Canada's privacy commissioner found on Tuesday that TikTok had breached federal "
     "privacy law by collecting children's data.", [R("investigation", "CA", "TikTok", TUE)]),
    ("passive_bare", "Microsoft's partnership with OpenAI is under investigation in the UK, the "
     "competition authority confirmed on Thursday.",
     [R("investigation", "GB", "Microsoft", THU)]),
    ("headline", "Brussels opens probe into Shein\nThe European Commission opened an "
     "investigation into Shein on Friday over the sale of illegal products.",
     [R("investigation", "EU", "Shein", FRI)]),
    ("reported", "The Spanish Data Protection Agency said it had opened an investigation into "
     "Worldcoin last month.", [R("investigation", "ES", "Worldcoin", "2025-02")]),
    ("active", "Australia's competition regulator launched an inquiry on Wednesday into "
     "Booking.com's parity clauses.", [R("investigation", "AU", "Booking.com", WED)]),
    # --- orders -----------------------------------------------------------------------------
    ("active", "India's IT ministry ordered X on Friday to remove more than 3,000 accounts.",
     [R("order", "IN", "X", FRI)]),
    ("wire", "Meta was ordered on Thursday by a Brazilian court to suspend its use of users' "
     "data to train artificial intelligence.", [R("order", "BR", "Meta", THU)]),
    ("active", "The CNIL ordered Clearview AI to delete the data of French residents within two "
     "months.", [R("order", "FR", "Clearview AI")]),
    ("active", "Arcom served formal notice on Kick.com on Tuesday to remove the videos of the "
     "streamer within 48 hours.", [R("order", "FR", "Kick.com", TUE)]),
    ("active", "The New York attorney general sent a cease-and-desist letter to Kalshi on "
     "Wednesday over its sports contracts.", [R("order", "US-NY", "Kalshi", WED)]),
    ("nominal", "The order, issued on Friday by the eSafety Commissioner, requires X to remove "
     "footage of the stabbing within 24 hours.", [R("order", "AU", "X", FRI)]),
    ("reported", "Italy's data protection authority said on Thursday it had ordered DeepSeek to "
     "stop processing the data of Italian users.", [R("order", "IT", "DeepSeek", THU)]),
    ("two_steps", "The Commission opened an investigation into Temu on Friday and ordered it to "
     "preserve all internal documents.",
     [R("investigation", "EU", "Temu", FRI), R("order", "EU", "Temu", FRI)]),
    ("list", "A Paris court on Tuesday ordered Google, Cloudflare and Cisco to block access to "
     "pirate sports streaming sites.",
     [R("order", "FR", "Google", TUE), R("order", "FR", "Cloudflare", TUE),
      R("order", "FR", "Cisco", TUE)]),
    ("apposition", "Komdigi, Indonesia's digital ministry, ordered xAI on Friday to add "
     "safeguards to its image generator.", [R("order", "ID", "xAI", FRI)]),
    ("relative", "Amazon, which Germany's Federal Cartel Office ordered on Wednesday to stop "
     "controlling merchants' prices, said it would appeal.", [R("order", "DE", "Amazon", WED)]),
    ("passive_bare", "Telegram has been ordered to hand over the identities of the channel's "
     "administrators by South Korea's police.", [R("order", "KR", "Telegram")]),
    ("active", "Ofcom issued a provisional notice of contravention to 4chan on Thursday.",
     [R("investigation", "GB", "4chan", THU)]),
    ("headline", "Turkish court orders X to block accounts\nAn Istanbul court ordered X on "
     "Wednesday to block the accounts of 15 journalists.", [R("order", "TR", "X", WED)]),
    ("after", "The move came after Brazil's Supreme Federal Court ordered Rumble on Friday to "
     "appoint a legal representative in the country.", [R("order", "BR", "Rumble", FRI)]),
    ("active", "The Dutch competition authority instructed Apple on Tuesday to let dating apps "
     "use alternative payment systems.", [R("order", "NL", "Apple", TUE)]),
    # --- lawsuits ---------------------------------------------------------------------------
    ("active", "The Texas attorney general sued Roblox on Friday, accusing it of failing to "
     "protect children from predators.", [R("lawsuit", "US-TX", "Roblox", FRI)]),
    ("active", "The Federal Trade Commission filed a lawsuit against Uber on Monday over its "
     "subscription service.", [R("lawsuit", "US", "Uber", MON)]),
    ("passive_agent", "Snap was sued by the New Mexico attorney general on Thursday over "
     "sextortion on its app.", [R("lawsuit", "US-NM", "Snap", THU)]),
    ("list", "TikTok was sued on Tuesday by the attorneys general of California and New York.",
     [R("lawsuit", "US-CA", "TikTok", TUE), R("lawsuit", "US-NY", "TikTok", TUE)]),
    ("nominal", "The lawsuit, filed on Wednesday by the Justice Department, accuses Apple of "
     "monopolising the smartphone market.", [R("lawsuit", "US", "Apple", WED)]),
    ("reported", "The Utah Division of Consumer Protection said it had filed suit against Snap "
     "on Friday.", [R("lawsuit", "US-UT", "Snap", FRI)]),
    ("active", "The Australian Competition and Consumer Commission took Google to court on "
     "Thursday over its search deals with telecoms companies.",
     [R("lawsuit", "AU", "Google", THU)]),
    ("active", "The ACCC has brought proceedings in the Federal Court against Microsoft over "
     "price rises for its Copilot subscriptions.", [R("lawsuit", "AU", "Microsoft")]),
    ("list", "The attorneys general of Kansas and Utah sued Snap on Thursday.",
     [R("lawsuit", "US-KS", "Snap", THU), R("lawsuit", "US-UT", "Snap", THU)]),
    ("apposition", "Letitia James, New York's attorney general, sued Zelle's operator Early "
     "Warning Services on Friday.", [R("lawsuit", "US-NY", "Early Warning Services", FRI)]),
    ("after", "The company's shares dropped after the Justice Department sued Visa on Tuesday.",
     [R("lawsuit", "US", "Visa", TUE)]),
    ("headline", "Florida sues Snapchat over child safety\nFlorida's attorney general filed a "
     "lawsuit against Snap on Wednesday, alleging its app harms teenagers.",
     [R("lawsuit", "US-FL", "Snap", WED)]),
    ("background", "The FTC sued Amazon on Friday over its Prime cancellation process. The "
     "agency had sued Meta in 2020 over its purchases of Instagram and WhatsApp.",
     [R("lawsuit", "US", "Amazon", FRI), R("lawsuit", "US", "Meta", "2020")]),
    # --- blocks -----------------------------------------------------------------------------
    ("active", "Indonesia blocked access to Grok on Saturday over sexualised images.",
     [R("block", "ID", "Grok", "2025-03-08")]),
    ("passive_bare", "Access to Telegram was blocked in Vietnam on Friday.",
     [R("block", "VN", "Telegram", FRI)]),
    ("apposition", "Roskomnadzor, Russia's communications regulator, restricted access to "
     "WhatsApp on Thursday.", [R("block", "RU", "WhatsApp", THU)]),
    ("active", "Turkey blocked Discord on Tuesday after a court ruling.",
     [R("block", "TR", "Discord", TUE)]),
    ("active", "Nepal's government banned TikTok on Friday, saying it disrupted social harmony.",
     [R("block", "NP", "TikTok", FRI)]),
    ("active", "Pakistan's telecom regulator has blocked X nationwide.",
     [R("block", "PK", "X")]),
    ("list", "Malaysia and Indonesia blocked Grok over the weekend.",
     [R("block", "MY", "Grok"), R("block", "ID", "Grok")]),
    ("after", "Users turned to VPNs after Tanzania blocked X on Thursday.",
     [R("block", "TZ", "X", THU)]),
    ("wire", "Bluesky was blocked in Russia on Monday, the communications regulator said.",
     [R("block", "RU", "Bluesky", MON)]),
    ("nominal", "The ban on Roblox, imposed by Turkish authorities on Wednesday, cut off "
     "millions of children.", [R("block", "TR", "Roblox", WED)]),
    ("headline", "Vietnam blocks Telegram\nVietnamese authorities blocked Telegram on Tuesday, "
     "accusing it of failing to cooperate.", [R("block", "VN", "Telegram", TUE)]),
    ("relative", "Signal, which Russia blocked in August 2024, has asked its users to switch on "
     "proxy servers.", [R("block", "RU", "Signal", "2024-08")]),
    # --- commitments ------------------------------------------------------------------------
    ("active", "The European Commission accepted commitments from AliExpress on Thursday to "
     "improve the transparency of its advertising.",
     [R("commitment", "EU", "AliExpress", THU)]),
    ("active", "The CMA on Friday accepted Google's commitments on its Privacy Sandbox "
     "changes.", [R("commitment", "GB", "Google", FRI)]),
    ("active", "The Commission made TikTok's commitments binding on Tuesday.",
     [R("commitment", "EU", "TikTok", TUE)]),
    ("after", "Meta agreed on Friday to change its pay-or-consent model after talks with the "
     "European Commission.", [R("commitment", "EU", "Meta", FRI)]),
    ("active", "TikTok has agreed to suspend its Lite rewards programme in the EU in answer to "
     "the Commission's concerns.", [R("commitment", "EU", "TikTok")]),
    ("after", "Following pressure from Ofcom, Telegram committed on Thursday to deploy tools "
     "that detect child abuse images.", [R("commitment", "GB", "Telegram", THU)]),
    ("active", "The Japan Fair Trade Commission approved commitments offered by Google on "
     "Wednesday.", [R("commitment", "JP", "Google", WED)]),
    ("nominal", "The commitments, accepted by the Korea Fair Trade Commission on Tuesday, "
     "require Apple to cut its commission for in-app payments.",
     [R("commitment", "KR", "Apple", TUE)]),
    # --- statements -------------------------------------------------------------------------
    ("active", "The European Commission on Friday called on X to curb disinformation ahead of "
     "the German election.", [R("statement", "EU", "X", FRI)]),
    ("active", "The UK government urged Meta on Thursday to reconsider its decision to end "
     "fact-checking.", [R("statement", "GB", "Meta", THU)]),
    ("active", "The ICO has called on social media platforms to improve their protections for "
     "children's privacy.", [R("statement", "GB", None)]),
    ("active", "Coimisiún na Meán told X on Tuesday that it must do more to protect users from "
     "harmful content.", [R("statement", "IE", "X", TUE)]),
    ("active", "The eSafety Commissioner issued recommendations to Roblox on Wednesday.",
     [R("statement", "AU", "Roblox", WED)]),
    ("reported", "France's digital minister said on Friday she had asked Telegram to cooperate "
     "fully with the police.", [R("statement", "FR", "Telegram", FRI)]),
    # --- requests for information -----------------------------------------------------------
    ("active", "The European Commission sent a request for information to Snapchat on Friday "
     "about its age checks.", [R("request_for_information", "EU", "Snapchat", FRI)]),
    ("list", "The Commission asked Meta and TikTok on Thursday to provide information on their "
     "measures against election interference.",
     [R("request_for_information", "EU", "Meta", THU),
      R("request_for_information", "EU", "TikTok", THU)]),
    ("active", "Ofcom has issued a legally binding information notice to 4chan.",
     [R("request_for_information", "GB", "4chan")]),
    ("passive_agent", "X received a request for information from the Commission on Tuesday "
     "about its recommender system.", [R("request_for_information", "EU", "X", TUE)]),
    ("list", "The eSafety Commissioner issued transparency notices to Google, Apple and Discord "
     "on Wednesday.",
     [R("request_for_information", "AU", "Google", WED),
      R("request_for_information", "AU", "Apple", WED),
      R("request_for_information", "AU", "Discord", WED)]),
    ("nominal", "The request, sent on Friday by the Irish Data Protection Commission, asks "
     "DeepSeek to explain where Irish users' data is stored.",
     [R("request_for_information", "IE", "DeepSeek", FRI)]),
    ("reported", "Malaysia's communications regulator said on Thursday it had asked Telegram "
     "for an explanation of the leaked documents.",
     [R("request_for_information", "MY", "Telegram", THU)]),
    ("active", "Brazil's justice ministry demanded on Monday that Meta explain the changes to "
     "its moderation policy.", [R("request_for_information", "BR", "Meta", MON)]),
    ("active", "Italy's data protection authority asked DeepSeek on Tuesday for information "
     "about the data used to train its model.",
     [R("request_for_information", "IT", "DeepSeek", TUE)]),
    ("active", "India's IT ministry sought an explanation from Ola Electric on Wednesday over "
     "the outage.", [R("request_for_information", "IN", "Ola Electric", WED)]),
    ("passive_agent", "Apple and Google have been asked by the Competition Commission of India "
     "to provide details of their app store fees.",
     [R("request_for_information", "IN", "Apple"), R("request_for_information", "IN", "Google")]),
    # --- warnings ---------------------------------------------------------------------------
    ("active", "Ofcom warned Telegram on Friday that it would take enforcement action if it "
     "failed to comply.", [R("warning", "GB", "Telegram", FRI)]),
    ("active", "The Commission warned X on Thursday that it could face fines of up to 6% of its "
     "global turnover.", [R("warning", "EU", "X", THU)]),
    ("active", "Komdigi warned TikTok on Tuesday that it would be blocked if it did not "
     "register with the ministry.", [R("warning", "ID", "TikTok", TUE)]),
    ("active", "Russian authorities warned WhatsApp on Wednesday that it faced a full block.",
     [R("warning", "RU", "WhatsApp", WED)]),
    ("reported", "X could face a ban in Brazil if it fails to name a legal representative, the "
     "Supreme Federal Court warned on Thursday.", [R("warning", "BR", "X", THU)]),
    # --- legislation ------------------------------------------------------------------------
    ("active", "Australia's parliament passed a law on Thursday banning children under 16 "
     "from social media.", [R("legislation", "AU", None, THU)]),
    ("active", "The Senate passed the Kids Online Safety Act on Tuesday.",
     [R("legislation", "US", None, TUE)]),
    ("active", "France's National Assembly adopted a bill on Tuesday requiring pornography "
     "sites to verify users' ages.", [R("legislation", "FR", None, TUE)]),
    ("active", "Brazil's president signed a law on Wednesday requiring app stores to verify "
     "users' ages.", [R("legislation", "BR", None, WED)]),
    # --- more shapes -----------------------------------------------------------------------
    ("two_steps", "Ofcom fined Itai Tech £50,000 on Thursday and ordered it to introduce "
     "highly effective age checks within 30 days.",
     [R("fine", "GB", "Itai Tech Ltd", THU, "50000", "GBP"),
      R("order", "GB", "Itai Tech Ltd", THU)]),
    ("two_steps", "The Texas attorney general opened an investigation into Character.AI on "
     "Tuesday and sent the company a civil investigative demand.",
     [R("investigation", "US-TX", "Character.AI", TUE),
      R("request_for_information", "US-TX", "Character.AI", TUE)]),
    ("two_steps", "Roskomnadzor fined Google and restricted access to YouTube on Wednesday.",
     [R("fine", "RU", "Google", WED), R("block", "RU", "YouTube", WED)]),
    ("background", "The eSafety Commissioner issued a transparency notice to Telegram in March "
     "2024. On Monday it fined the company A$957,780 for answering late.",
     [R("request_for_information", "AU", "Telegram", "2024-03"),
      R("fine", "AU", "Telegram", MON, "957780", "AUD")]),
    ("background", "The Garante had temporarily banned ChatGPT in March 2023 before fining "
     "OpenAI 15 million euros in December 2024.",
     [R("order", "IT", "OpenAI", "2023-03"),  # a data body's ban is an order (house rule)
      R("fine", "IT", "OpenAI", "2024-12", "15000000", "EUR")]),
    ("relative", "Meta, whose pay-or-consent model the European Commission found in breach of "
     "the Digital Markets Act on Friday, said it would appeal.",
     [R("investigation", "EU", "Meta", FRI)]),
    ("relative", "Clearview AI, which the Dutch Data Protection Authority fined €30.5 million "
     "in 2024, has no office in the EU.",
     [R("fine", "NL", "Clearview AI", "2024", "30500000", "EUR")]),
    ("passive_bare", "Temu was ordered on Friday to stop showing fake discounts to South "
     "Korean consumers, the Korea Fair Trade Commission said.",
     [R("order", "KR", "Temu", FRI)]),
    ("passive_bare", "WhatsApp has been blocked in Russia since Thursday, according to the "
     "communications regulator.", [R("block", "RU", "WhatsApp", THU)]),
    ("passive_agent", "Grok has been banned by Turkey's courts after it insulted the "
     "president.", [R("block", "TR", "Grok")]),
    ("wire", "TikTok was hit with a 530 million euro fine on Friday by Ireland's privacy "
     "regulator over data transfers to China.",
     [R("fine", "IE", "TikTok", FRI, "530000000", "EUR")]),
    ("wire", "Snap agreed on Tuesday to pay $15 million to settle a lawsuit brought by the "
     "California Civil Rights Department.", [R("lawsuit", "US-CA", "Snap")]),
    ("reported", "The Competition Bureau said on Thursday it had taken Google to the "
     "Competition Tribunal over its online advertising business.",
     [R("lawsuit", "CA", "Google", THU)]),
    ("reported", "According to a statement on Wednesday, the Office of the Australian "
     "Information Commissioner has launched an investigation into Optus.",
     [R("investigation", "AU", "Optus", WED)]),  # the statement's day dates what it announces
    ("headline", "Ofcom investigates Telegram over child abuse images\nThe UK regulator opened "
     "an investigation into Telegram on Thursday.", [R("investigation", "GB", "Telegram", THU)]),
    ("apposition", "The Garante, Italy's privacy watchdog, ordered Replika to stop "
     "processing Italian users' data on Wednesday.", [R("order", "IT", "Replika", WED)]),
    # --- the fixes' own variants and traps (session 20) -------------------------------------
    ("passive_bare", "Telegram is being investigated in South Korea over the spread of "
     "deepfake images.", [R("investigation", "KR", "Telegram")]),
    ("passive_bare", "Uber was fined €10 million in France on Thursday for misleading "
     "drivers.", [R("fine", "FR", "Uber", THU, "10000000", "EUR")]),
    ("reported", "Korea's Fair Trade Commission said on Tuesday it had fined Coupang for "
     "manipulating search rankings.", [R("fine", "KR", "Coupang", TUE)]),
    ("after", "Stocks dropped as the FTC sued Amazon on Wednesday.",
     [R("lawsuit", "US", "Amazon", WED)]),
    ("trap", "Meta was fined for showing advertisements to teenagers in France.", []),
    ("trap", "Apple was sued in California on Friday by a group of app developers.", []),
    ("trap", "A judge dismissed the FTC's lawsuit against Meta on Tuesday.", []),
    ("trap", "The New York attorney general is weighing a lawsuit against Roblox.", []),
    # --- traps ------------------------------------------------------------------------------
    ("trap", "X could face a fine of up to 6% of its global turnover if the European "
     "Commission finds it breached the Digital Services Act.", []),
    ("trap", "Ofcom said it was considering fining the forum's operator.", []),
    ("trap", "The Australian Competition and Consumer Commission is considering whether to "
     "open an investigation into Google.", []),
    ("trap", "Ofcom said it had no plans to investigate Reddit.", []),
    ("trap", "X could be ordered to pay daily penalties if it does not comply.", []),
    ("trap", "Meta sued the Federal Trade Commission on Thursday, arguing that the agency's "
     "structure is unconstitutional.", []),
    ("trap", "Epic Games sued Apple on Friday over its new App Store fees.", []),
    ("background", "X sued the eSafety Commissioner on Tuesday over the takedown notice.",
     [R("order", "AU", "X")]),
    ("trap", "X sued the eSafety Commissioner on Tuesday.", []),
    ("trap", "Character.AI could face lawsuits from several states, lawyers said.", []),
    ("trap", "Nepal is considering a ban on Telegram.", []),
    ("trap", "TikTok shut down its app in the United States on Saturday.", []),
    ("trap", "Apple offered concessions last year, but the Commission rejected them.", []),
    ("trap", "Spotify said on Wednesday it would introduce age checks for British users.", []),
    ("trap", "A spokesperson for Meta said the company disagreed with the Commission's "
     "findings.", []),
    ("trap", "MPs urged the government on Thursday to ban TikTok.", []),
    ("trap", "Investors asked Meta for more information about its spending on artificial "
     "intelligence.", []),
    ("trap", "Experts warned that TikTok may face a ban in the United States.", []),
    ("trap", "Malaysia's social media licensing law took effect on 1 January.", []),
    ("trap", "The law could be amended by parliament this week.", []),
    ("trap", "The European Commission did not fine Apple on Friday, contrary to reports.", []),
    ("trap", "Google denied that it had been fined by the Turkish authority.", []),
    ("trap", "Elon Musk said on Friday that X would fight the order in court.", []),
    ("trap", "The regulator may open an investigation into Shein next month.", []),
    ("trap", "Ofcom is expected to fine the site's operator in the coming weeks.", []),
    ("background", "Amazon appealed on Thursday against the fine imposed by Luxembourg's "
     "data protection authority.", [R("fine", "LU", "Amazon")]),
    ("trap", "Google settled the lawsuit brought by Epic Games on Wednesday.", []),
    ("trap", "Lawmakers in Brussels want the Commission to investigate Temu.", []),
    ("trap", "Meta fined one of its contractors for leaking the documents.", []),
    ("trap", "A Kenyan court on Friday rejected a petition asking it to ban Telegram.", []),
    ("trap", "Brazil's Supreme Federal Court held a hearing on X on Tuesday.", []),
    ("trap", "Pavel Durov, Telegram's founder, was placed under formal investigation in France "
     "on Wednesday.", []),
    ("trap", "Microsoft warned on Thursday that the rules could hurt European users.", []),
    ("trap", "The CMA said it would decide by June whether to open a full investigation into "
     "the deal.", []),
    ("trap", "TikTok risks being banned in Albania if it does not remove the videos, the "
     "prime minister suggested.", []),
]
