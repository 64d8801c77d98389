"""Build entities.json (held-out entity gold, set G) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Blaylock Sports Holdings" is the investor's
company while "Mr Blaylock" is the investor, "Fulke Gumbleton's" is the chairman while
"Gumbleton's" is the supermarket chain, and "Speakman Kimber Analytics" is the research firm
while "Judge Aeronwy Kimber" is the judge; a possessive after the form is kept in the mention),
and writes ``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}],
note?}]``. ``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Tregidgo" names two unrelated people in two stories;
bare "Snelgrove" is the daughter, in the bus story only; short forms such as "Union",
"Chronicle", "Authority", "Trust", "Board", "Town Council", "Mercury", "Friends", "Fund" and
"Messenger" belong to one story).

As in sets B to F, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Here it
is used once: bare "Gumbleton" followed by an apostrophe and s is the supermarket chain
(its trading name is "Gumbleton's"), and bare "Gumbleton" is the chairman Fulke Gumbleton only
where listed (once, in grocer-2, "Gumbleton said the board"). Such a listed form beats a plain
form of another entity at the same place; two plain forms of different entities at one place, or
two listed ones, stop the build.

Beyond the shared builder, this script also refuses to build when a form in the table is found
nowhere (a stale or misspelt form) or a listed occurrence is not there: the annotation must match
the text exactly.

    python3 tests/gold/entities-heldout-g/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-g/build_gold.py --review  # also list capitalised words no
                                                                    # mention covers, and every
                                                                    # listed (shared) form in context
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from entity_gold_build import check_table, main  # the shared builder, beside this folder

ENTITIES: list[dict] = [
    # -- a regional bus strike (bus-1 British national paper, curly double quotes, Mr/Ms/Sir/Cllr/Dr/
    #    Inspector, a nickname inside a full name; bus-2 the Vennbridge Chronicle's own report,
    #    straight, first names, "the Union", "Insp"; bus-3 the trade magazine Route & Depot's own
    #    report, curly single quotes where ’ is also the apostrophe, bare surnames, no titles) --
    {"name": "Vennbridge Buses Ltd", "label": "ORG",
     "aliases": ["Vennbridge Buses Ltd", "Vennbridge Buses", "@VennbridgeBuses"],
     "note": "the operator whose drivers strike, named after the town; bare 'Vennbridge' is the town ('Almost "
             "every bus in Vennbridge', the headlines 'Vennbridge bus drivers walk out' and 'Vennbridge strike "
             "puts', 'a Vennbridge scrap dealer', 'the Vennbridge roofing firm'), not annotated; 'In a post on X "
             "from the company’s account, @VennbridgeBuses' (bus-1)"},
    {"name": "Cawsey Transit plc", "label": "ORG", "aliases": ["Cawsey Transit plc", "Cawsey Transit", "Cawsey"],
     "note": "the listed owner of Vennbridge Buses, named like a surname (no person of that name appears); bare "
             "'Cawsey said in a statement' (bus-1), 'Cawsey’s margins' (headline of bus-3), 'Cawsey’s head "
             "office', 'other Cawsey companies' (attributive); 'a Cawsey Transit spokesman' and 'any Cawsey "
             "Transit subsidiary' are attributive; 'the group' (lower case) is not annotated"},
    {"name": "Passenger Transport Workers’ Union", "label": "ORG", "in": ["bus"],
     "aliases": ["Passenger Transport Workers’ Union", "Passenger Transport Workers' Union", "PTWU", "Union",
                 "@ptwu@farestage.social"],
     "note": "the drivers' union; an apostrophe inside the name (curly in bus-1, straight in bus-2), not a "
             "possessive; 'PTWU' defined in parentheses (bus-1), bare in bus-3; 'the Union' capitalised (bus-2, "
             "twice) is it, 'the union' and 'the union’s' (lower case) are not annotated; 'The Union posts its "
             "updates on Mastodon as @ptwu@farestage.social' (bus-2)"},
    {"name": "Industrial Disputes Conciliation Office", "label": "ORG",
     "aliases": ["Industrial Disputes Conciliation Office", "IDCO"],
     "note": "the conciliation service; 'IDCO' defined in parentheses (bus-1), then 'IDCO’s door'; bare 'IDCO' "
             "in bus-2, full name in bus-3"},
    {"name": "Goronwy Mapplebeck", "label": "PERSON", "in": ["bus"],
     "aliases": ["Goronwy “Gronk” Mapplebeck", "Goronwy Mapplebeck", "Mr Mapplebeck", "Mapplebeck", "Gronk"],
     "note": "the union's regional organiser; a nickname inside the full name (bus-1: 'Goronwy “Gronk” "
             "Mapplebeck', one mention), then 'known to every driver in the depot as Gronk' (bus-2, a mention); "
             "bare 'Mapplebeck' (bus-3)"},
    {"name": "Meliora Haythornthwaite", "label": "PERSON",
     "aliases": ["Meliora Haythornthwaite", "Ms Haythornthwaite", "Haythornthwaite"],
     "note": "managing director of Vennbridge Buses; 'managing director Meliora Haythornthwaite' (bus-3, lower-case "
             "job before the name, not in the mention), then bare 'Haythornthwaite'"},
    {"name": "Urien Pallister", "label": "PERSON",
     "aliases": ["Sir Urien Pallister", "Sir Urien", "Urien Pallister"],
     "note": "Cawsey Transit's chief executive; 'Sir Urien Pallister', then 'Sir Urien' (bus-1); the trade "
             "magazine drops the title ('Urien Pallister, Cawsey’s chief executive', bus-3)"},
    {"name": "Elystan Snelgrove", "label": "PERSON", "in": ["bus"],
     "aliases": ["Elystan Snelgrove", "Mr Snelgrove", "Elystan"],
     "note": "a driver of 34 years, father of Mabli Snelgrove (relatives sharing a surname); 'Mr Snelgrove' "
             "(bus-1), first name alone in bus-2; in bus-3 only in full ('Her father, Elystan Snelgrove', written "
             "after the last bare 'Snelgrove', which is his daughter); 'Her father' and 'My dad’s' are not "
             "annotated"},
    {"name": "Mabli Snelgrove", "label": "PERSON", "in": ["bus"],
     "aliases": ["Mabli Snelgrove", "Ms Snelgrove", "Snelgrove", "Mabli", "mabliwheels.bsky.social"],
     "note": "his daughter, a driver and the union's rep at the depot; 'Ms Snelgrove' (bus-1), 'his daughter "
             "Mabli' (bus-2, first name), 'Mabli, who posts on Bluesky as mabliwheels.bsky.social' (bus-2); bare "
             "'Snelgrove’s photographs' and 'Snelgrove said' (bus-3) are her"},
    {"name": "Ianthe Mothersole", "label": "PERSON", "aliases": ["Ianthe Mothersole", "Ianthe"],
     "note": "a passenger of 79 (bus-2); first name alone after the full name ('Ianthe told the Chronicle', "
             "'Ianthe's usual driver')"},
    {"name": "Harlingshire County Council", "label": "ORG",
     "aliases": ["Harlingshire County Council", "County Council"],
     "note": "in two stories: it subsidises bus routes (bus-1, bus-3; 'the County Council', bus-2) and offers a "
             "heritage grant (church-2, 'the County Council'); bare 'Harlingshire' is the county ('a rally in "
             "Harlingshire'); 'the county' (lower case) and 'County Hall' (a building) are not annotated"},
    {"name": "Jacinta Dewsnap", "label": "PERSON",
     "aliases": ["Cllr Jacinta Dewsnap", "Cllr Dewsnap", "Jacinta Dewsnap"],
     "note": "county councillor, in two stories: cabinet member for transport (bus-1, bus-2; 'Cllr Dewsnap’s "
             "office'), 'Its transport lead, Jacinta Dewsnap' without the title (bus-3), and the councillor "
             "whose ward includes Little Ashwarren (church-2)"},
    {"name": "Harlingshire Police", "label": "ORG", "aliases": ["Harlingshire Police"],
     "note": "the county force, in two stories (bus-1, bus-2, church-1, church-2)"},
    {"name": "Bledri Wardlaw", "label": "PERSON",
     "aliases": ["Inspector Bledri Wardlaw", "Insp Wardlaw"],
     "note": "police inspector at the picket; 'Inspector Bledri Wardlaw' (bus-1), the abbreviated title "
             "'Insp Wardlaw' (bus-2, his only mention there)"},
    {"name": "Somerled Chirnside", "label": "PERSON", "aliases": ["Dr Somerled Chirnside", "Chirnside"],
     "note": "the conciliator; 'Dr Somerled Chirnside' (bus-1), bare 'Chirnside' (bus-3), later 'the "
             "conciliator' (not annotated)"},
    {"name": "Vennbridge Chronicle", "label": "ORG", "in": ["bus"], "aliases": ["Vennbridge Chronicle", "Chronicle"],
     "note": "the local paper; bus-1 cites it ('a figure first reported by the Vennbridge Chronicle'); bus-2 is its "
             "own report ('tell the Chronicle' in the headline, 'told the Chronicle', 'the Chronicle's questions', "
             "'seen by the Vennbridge Chronicle', 'the Chronicle's letters page')"},
    {"name": "Route & Depot", "label": "ORG", "aliases": ["Route & Depot"],
     "note": "the bus trade magazine; bus-3 is its own report ('Accounts seen by Route & Depot', 'told Route & "
             "Depot')"},
    {"name": "Hollinrake Vowell Partners", "label": "ORG",
     "aliases": ["Hollinrake Vowell Partners", "Hollinrake Vowell"],
     "note": "a fund manager named like two people, no person of either name appears; 'A Hollinrake Vowell "
             "spokeswoman' is attributive; a plural curly bare-apostrophe possessive, 'Hollinrake Vowell Partners’ "
             "stake' (bus-3)"},
    {"name": "Ashwarren Dial-a-Ride", "label": "ORG", "aliases": ["Ashwarren Dial-a-Ride"],
     "note": "a community transport charity named after a village (bus-2); bare 'Ashwarren' is a village (grocer-1, "
             "'near Ashwarren'), and 'Little Ashwarren' (church story) a place, neither annotated"},
    # -- a supermarket price-fixing inquiry (grocer-1 British national business page, straight, Mr/Ms/Dame/Prof,
    #    initials 'C. V.'; grocer-2 the trade magazine Trolleyline's own report, curly double quotes where
    #    ’ is also the apostrophe, bare surnames, no titles) --
    {"name": "Competition and Retail Standards Authority", "label": "ORG", "in": ["grocer"],
     "aliases": ["Competition and Retail Standards Authority", "CRSA", "Authority"],
     "note": "the competition watchdog; 'CRSA' defined in parentheses (grocer-1), bare in the headline of grocer-2 "
             "and 'a former CRSA director' (attributive); 'the Authority's chief executive' capitalised (grocer-1) is "
             "it, 'the authority' (grocer-2, lower case) is not annotated"},
    {"name": "Gumbleton Retail plc", "label": "ORG", "in": ["grocer"],
     "aliases": ["Gumbleton Retail plc", "Gumbleton Retail", "Gumbleton's", "Gumbleton’s"],
     "note": "the supermarket chain, which trades as Gumbleton's ('Gumbleton Retail plc, which trades as "
             "Gumbleton's', grocer-1): the chain's name is the founder's surname with an apostrophe and s, not a "
             "possessive, so every bare 'Gumbleton's'/'Gumbleton’s' is the chain (headlines of both articles, "
             "'Gumbleton's shares fell', 'Gumbleton’s grew by undercutting everybody'); the family are named with a "
             "first name or a title ('Fulke Gumbleton's sister', 'Mr Gumbleton', 'Ms Gumbleton'), and the one "
             "bare 'Gumbleton' without an apostrophe (grocer-2) is listed under Fulke Gumbleton; 'the family "
             "company' is not annotated"},
    {"name": "Amias Gumbleton", "label": "PERSON", "in": ["grocer"], "aliases": ["Amias Gumbleton"],
     "note": "founder of the chain (1952), grandfather of Fulke and Quintilla Gumbleton; only in full (grocer-1); "
             "'his grandfather' (grocer-2) is not annotated"},
    {"name": "Fulke Gumbleton", "label": "PERSON", "in": ["grocer"],
     "aliases": ["Fulke Gumbleton", "Mr Gumbleton", ("Gumbleton", {"grocer-2.txt": [4]})],
     "note": "the chain's chairman, grandson of the founder; 'Mr Gumbleton said in a statement' (grocer-1), "
             "'Fulke Gumbleton's sister' (a person's possessive, which wins over the chain's 'Gumbleton's' as the "
             "longer form); bare 'Gumbleton said the board' (grocer-2) is him, listed; every other bare "
             "'Gumbleton’s' there is the chain"},
    {"name": "Quintilla Gumbleton", "label": "PERSON", "in": ["grocer"],
     "aliases": ["Quintilla Gumbleton", "Ms Gumbleton"],
     "note": "his sister, a non-executive director; 'Ms Gumbleton had not been interviewed' (grocer-1) against "
             "'Mr Gumbleton' (her brother); 'his sister' (grocer-2) is not annotated"},
    {"name": "Froggatt & Quelch", "label": "ORG", "aliases": ["Froggatt & Quelch", "F&Q"],
     "note": "the second chain, named like two people (no person of either name appears); 'F&Q' with an "
             "ampersand, in the headline of grocer-1 before the full name, 'F&Q, as Froggatt & Quelch is known "
             "to its shoppers', 'F&Q’s chairman' (grocer-2)"},
    {"name": "Xanthe Tregidgo", "label": "PERSON", "in": ["grocer"],
     "aliases": ["Dame Xanthe Tregidgo", "Dame Xanthe", "Xanthe Tregidgo", "Tregidgo"],
     "note": "the CRSA's chief executive; 'Dame Xanthe Tregidgo', then 'Dame Xanthe' (grocer-1); the trade "
             "magazine drops the title ('Xanthe Tregidgo', then bare 'Tregidgo'); shares a surname with Eudocia "
             "Tregidgo of the church story (unrelated)"},
    {"name": "Pomona Thewlis", "label": "PERSON", "aliases": ["Pomona Thewlis", "Ms Thewlis", "Thewlis"],
     "note": "F&Q's chief executive; 'Chief executive Pomona Thewlis' (grocer-2, the job before the name is not in "
             "the mention), 'Thewlis’s email' (a surname ending in s with a curly ’s possessive)"},
    {"name": "C. V. Croxall", "label": "PERSON", "aliases": ["C. V. Croxall", "Croxall"],
     "note": "F&Q's chairman, named by initials only, 'C. V. Croxall' in both articles, bare 'Croxall' (grocer-2)"},
    {"name": "Zilpah Fewtrell", "label": "PERSON",
     "aliases": ["Zilpah Fewtrell", "Ms Fewtrell", "Fewtrell", "@ZilpahF_buyer"],
     "note": "the former buyer who gave the CRSA documents; 'Ms Fewtrell, who posts on X as @ZilpahF_buyer' "
             "(grocer-1), 'Her handle, @ZilpahF_buyer' (grocer-2); an account that replied to her "
             "(@cheapweekshop) is not annotated"},
    {"name": "Speakman Kimber Analytics", "label": "ORG",
     "aliases": ["Speakman Kimber Analytics", "Speakman Kimber"],
     "note": "the market research firm, named after its founder Gormlaith Speakman and a second name; 'Speakman "
             "Kimber said' (grocer-1), 'Speakman Kimber’s founder' (grocer-2); 'Kimber' is also the surname of "
             "Judge Aeronwy Kimber of the church story (unrelated)"},
    {"name": "Gormlaith Speakman", "label": "PERSON", "aliases": ["Gormlaith Speakman"],
     "note": "the research firm's founder; only in full ('Speakman Kimber’s founder, Gormlaith Speakman', grocer-2)"},
    {"name": "Silvanus Kitchingman", "label": "PERSON",
     "aliases": ["Silvanus Kitchingman", "Mr Kitchingman", "Kitchingman"],
     "note": "a dairy farmer; 'Mr Kitchingman's cooperative' (grocer-1), bare 'Kitchingman' (grocer-2); his "
             "cooperative is unnamed"},
    {"name": "Norberta Ledsome", "label": "PERSON", "aliases": ["Prof Norberta Ledsome", "Prof Ledsome"],
     "note": "an economist (grocer-1)"},
    {"name": "Kenchington University", "label": "ORG", "aliases": ["Kenchington University"],
     "note": "in two stories: Norberta Ledsome's university (grocer-1) and Eudocia Tregidgo's (church-1); written only "
             "in full; bare 'Kenchington' is the city ('a single grocer's shop in Kenchington', 'a chapel in "
             "Kenchington'), not annotated"},
    {"name": "Netherclift Jebbett LLP", "label": "ORG",
     "aliases": ["Netherclift Jebbett LLP", "Netherclift Jebbett"],
     "note": "the chain's law firm, named like two people; the legal suffix is part of the mention (grocer-1)"},
    {"name": "Mahala Brocklehurst", "label": "PERSON", "aliases": ["Mahala Brocklehurst", "Brocklehurst"],
     "note": "a competition lawyer hired by the chain (grocer-2)"},
    {"name": "Trolleyline", "label": "ORG", "aliases": ["Trolleyline"],
     "note": "the grocery trade magazine; grocer-2 is its own report ('letters seen by Trolleyline', 'told "
             "Trolleyline', 'an email that Trolleyline has seen')"},
    # -- a rugby club takeover (rugby-1 the Dunsworth Mercury's own report, British, curly double quotes,
    #    Mr/Ms/Sir; rugby-2 the American sports-business site Gridmark's feature, straight, Mr./Ms.) --
    {"name": "Dunsworth Rugby Football Club", "label": "ORG",
     "aliases": ["Dunsworth Rugby Football Club", "Dunsworth RFC", "@DunsworthRFC"],
     "note": "the club for sale; 'Dunsworth RFC' in the headline of rugby-1, 'the Dunsworth RFC board' "
             "(attributive, rugby-2); never bare 'Dunsworth' (the town: 'a town of 40,000' is not named); 'the "
             "club' is not annotated; 'Dunsworth Women’s RFC' is a separate club; 'the club's account on X, @DunsworthRFC' (rugby-2)"},
    {"name": "Dunsworth Women’s RFC", "label": "ORG",
     "aliases": ["Dunsworth Women’s RFC", "Dunsworth Women's RFC", "dunsworthwomen.bsky.social"],
     "note": "the women's club, run separately since 2009; an apostrophe inside the name (curly in rugby-1, straight "
             "in rugby-2), not a possessive, and not a mention of Dunsworth RFC; 'The club said on Bluesky, where it "
             "posts as dunsworthwomen.bsky.social' (rugby-1); 'The women’s team' and 'the women's captain' "
             "(lower case) are not annotated"},
    {"name": "Dunsworth Supporters’ Trust", "label": "ORG", "in": ["rugby"],
     "aliases": ["Dunsworth Supporters’ Trust", "Dunsworth Supporters' Trust", "Trust"],
     "note": "the supporters' group; an apostrophe inside the name (curly in rugby-1, straight in rugby-2); 'the Trust "
             "had asked' capitalised (rugby-1) is it, 'a trust that no owner could sell' (rugby-2, lower case) is "
             "not annotated; 'Her group' is not annotated"},
    {"name": "Delacey Blaylock", "label": "PERSON", "in": ["rugby"],
     "aliases": ["Delacey R. Blaylock", "Delacey Blaylock", "Mr Blaylock", "Mr. Blaylock", "Delacey",
                 "@DelaceyBlaylock"],
     "note": "the Texas investor; middle initial (rugby-1 'Delacey R. Blaylock'), 'Mr Blaylock' (rugby-1), 'Mr. "
             "Blaylock's company' (rugby-2); 'Mr Blaylock, who posts on X as @DelaceyBlaylock' (rugby-1); first name "
             "alone in the chairman's quote ('I looked Delacey in the eye', rugby-2); never bare 'Blaylock', which "
             "occurs only inside his company's name; his son Truett Blaylock shares the surname"},
    {"name": "Blaylock Sports Holdings LLC", "label": "ORG",
     "aliases": ["Blaylock Sports Holdings LLC", "Blaylock Sports Holdings", "Blaylock Sports"],
     "note": "his company, named after him; the legal suffix is part of the mention (rugby-1); short form 'Blaylock "
             "Sports would put £2m' (rugby-1), 'Blaylock Sports already owns' (rugby-2)"},
    {"name": "Truett Blaylock", "label": "PERSON", "in": ["rugby"], "aliases": ["Truett Blaylock"],
     "note": "the investor's son, who runs the company; only in full (rugby-2, twice)"},
    {"name": "Sayerville Sodbusters", "label": "ORG", "aliases": ["Sayerville Sodbusters"],
     "note": "a minor-league baseball team owned by Blaylock Sports (rugby-2); named after an invented American "
             "town; the unnamed 'minor-league baseball team' of rugby-1 and the 'lacrosse franchise' are not "
             "annotated"},
    {"name": "Farquhar Raistrick", "label": "PERSON", "in": ["rugby"],
     "aliases": ["Farquhar “Bosun” Raistrick", "Farquhar Raistrick", "Mr Raistrick", "Mr. Raistrick", "Bosun"],
     "note": "the club's chairman; a nickname inside the full name (rugby-1: 'Farquhar “Bosun” Raistrick', one "
             "mention), then 'known to everyone at the ground as Bosun' (rugby-2, a mention); 'Mr Raistrick' / 'Mr. "
             "Raistrick' is always him, never his son; 'The chairman's son' is not annotated"},
    {"name": "Uisdean Raistrick", "label": "PERSON", "in": ["rugby"], "aliases": ["Uisdean Raistrick", "Uisdean"],
     "note": "the chairman's son, the club captain; 'Uisdean Raistrick', then 'Uisdean said' (rugby-1, first name "
             "to tell him from his father); only in full in rugby-2"},
    {"name": "Muirne Satterthwaite-Jowsey", "label": "PERSON",
     "aliases": ["Muirne Satterthwaite-Jowsey", "Ms Satterthwaite-Jowsey", "Ms. Satterthwaite-Jowsey"],
     "note": "chair of the Supporters' Trust; double-barrelled surname, with the title in British ('Ms') and "
             "American ('Ms.') style and a possessive ('Ms. Satterthwaite-Jowsey's campaign', rugby-2)"},
    {"name": "Sadhbh Gillott", "label": "PERSON", "aliases": ["Sadhbh Gillott", "Ms. Gillott"],
     "note": "captain of Dunsworth Women's RFC; 'Ms. Gillott's club' (rugby-2)"},
    {"name": "National Clubs Rugby Board", "label": "ORG", "in": ["rugby"],
     "aliases": ["National Clubs Rugby Board", "NCRB", "Board"],
     "note": "the body that approves owners; 'NCRB' defined in parentheses (rugby-1); 'the Board’s chairman' "
             "(rugby-1) and 'the Board would examine' (rugby-2) capitalised are it"},
    {"name": "Peverell Inchbald", "label": "PERSON", "aliases": ["Sir Peverell Inchbald"],
     "note": "the Board's chairman; 'Sir Peverell Inchbald' in both articles"},
    {"name": "Dunsworth Town Council", "label": "ORG", "in": ["rugby"],
     "aliases": ["Dunsworth Town Council", "Town Council"],
     "note": "owns the ground (rugby-1); 'A Town Council spokesman' (attributive short form); the ground, 'Wharf "
             "Meadow', is a place, not annotated"},
    {"name": "Dunsworth Mercury", "label": "ORG", "in": ["rugby"], "aliases": ["Dunsworth Mercury", "Mercury"],
     "note": "the local paper; rugby-1 is its own report ('the Dunsworth Mercury can reveal', 'told the Mercury', "
             "'found out from the Mercury')"},
    {"name": "Gridmark", "label": "ORG", "aliases": ["Gridmark"],
     "note": "the American sports-business site; rugby-2 is its own feature ('in an interview with Gridmark', 'told "
             "Gridmark')"},
    # -- a church roof appeal after a lead theft (church-1 British national paper, curly single quotes where ’
    #    is also the apostrophe, Rev/Canon/Sgt/Judge/Mrs/Mr/Ms/Dame; church-2 the Harlingshire Messenger's
    #    own feature, straight, first names) --
    {"name": "Friends of St Cuthwin’s", "label": "ORG", "in": ["church"],
     "aliases": ["Friends of St Cuthwin’s", "Friends of St Cuthwin's", "Friends", "@SaveStCuthwins"],
     "note": "the charity raising the money; the church itself ('St Cuthwin’s', 'St Cuthwin's Church', a building) "
             "is not annotated, but its name inside the charity's and the choir's names is part of those mentions; "
             "'the Friends' capitalised (both articles) is it, with plural bare-apostrophe possessives 'The "
             "Friends’ original figure' (church-1, curly) and 'The Friends' own estimate' (church-2, straight); 'The "
             "Friends, who post updates on X as @SaveStCuthwins' (church-1)"},
    {"name": "Thirza Pountney", "label": "PERSON",
     "aliases": ["Rev Canon Thirza Pountney", "Canon Thirza Pountney", "Canon Pountney", "Thirza",
                 "@canonthirza@pewside.social"],
     "note": "the rector; 'The Rev Canon Thirza Pountney' (church-1: the clerical titles are kept in the mention, "
             "the article is not), then 'Canon Pountney'; church-2: 'Canon Thirza Pountney, posts on Mastodon as "
             "@canonthirza@pewside.social', then 'Thirza, as everyone in the village calls her'"},
    {"name": "Historic Chapels and Churches Fund", "label": "ORG", "in": ["church"],
     "aliases": ["Historic Chapels and Churches Fund", "HCCF", "Fund"],
     "note": "the heritage grant-giver; 'HCCF' defined in parentheses and 'An HCCF spokeswoman' (church-1); full name "
             "in church-2 and 'the Fund's regional officer' capitalised; 'its heritage fund' (the County Council's, "
             "lower case) is not annotated"},
    {"name": "Grindrod Metals Ltd", "label": "ORG", "aliases": ["Grindrod Metals Ltd"],
     "note": "a scrap dealer fined over an earlier theft (church-1); the legal suffix is part of the mention"},
    {"name": "Aeronwy Kimber", "label": "PERSON", "aliases": ["Judge Aeronwy Kimber"],
     "note": "the judge who fined the scrap dealer; 'Judge' in the mention; her surname is the second word of "
             "Speakman Kimber Analytics (grocer story, unrelated)"},
    {"name": "Gaudentia Rummery", "label": "PERSON", "aliases": ["Sgt Gaudentia Rummery"],
     "note": "police sergeant; 'Sgt' in the mention, in both articles"},
    {"name": "Benedicta Loosemore", "label": "PERSON", "in": ["church"],
     "aliases": ["Benedicta Loosemore", "Mrs Loosemore", "Benedicta"],
     "note": "a churchwarden; wife of Lovell Loosemore (relatives sharing a surname, never bare 'Loosemore'); "
             "'Mrs Loosemore’s husband' (church-1); church-2: 'Benedicta and Lovell Loosemore' ('Benedicta' is her "
             "mention, 'Lovell Loosemore' his), then first names"},
    {"name": "Lovell Loosemore", "label": "PERSON", "in": ["church"],
     "aliases": ["Lovell Loosemore", "Mr Loosemore", "Lovell"],
     "note": "her husband, who chairs the Friends; 'Mr Loosemore' (church-1), 'Lovell writes the begging letters' "
             "(church-2, first name)"},
    {"name": "Eudocia Tregidgo", "label": "PERSON", "in": ["church"],
     "aliases": ["Eudocia Tregidgo", "Ms Tregidgo"],
     "note": "the church's architect; shares a surname with Dame Xanthe Tregidgo of the grocer story (unrelated; "
             "never bare 'Tregidgo' here)"},
    {"name": "Marsaili Errington", "label": "PERSON",
     "aliases": ["Dame Marsaili Errington", "Dame Marsaili"],
     "note": "a benefactor; 'Dame Marsaili Errington', then 'Dame Marsaili’s offer' (church-1); 'Dame Marsaili "
             "Errington's offer' (church-2); 'whose family' is not annotated"},
    {"name": "Diocese of Kenchington", "label": "ORG",
     "aliases": ["Diocese of Kenchington", "kenchingtondiocese.bsky.social"],
     "note": "the diocese, named after the city; 'The Diocese of Kenchington, which posts on Bluesky as "
             "kenchingtondiocese.bsky.social' (church-2); 'its insurers' are unnamed"},
    {"name": "Poskitt & Daughter Ltd", "label": "ORG", "aliases": ["Poskitt & Daughter Ltd", "Poskitt & Daughter"],
     "note": "the roofing firm, named after its founder (unnamed, 'her father') and his daughter Meinir Poskitt, "
             "who runs it; never bare 'Poskitt'; 'the Vennbridge roofing firm' is a description"},
    {"name": "Meinir Poskitt", "label": "PERSON", "aliases": ["Meinir Poskitt", "Meinir"],
     "note": "runs the roofing firm; first name alone after the full name (church-2)"},
    {"name": "St Cuthwin’s Children’s Choir", "label": "ORG",
     "aliases": ["St Cuthwin's Children's Choir"],
     "note": "the church's children's choir; two apostrophes inside the name, neither a possessive (church-2, "
             "straight); 'Its director' is Lleucu Jephcott"},
    {"name": "Lleucu Jephcott", "label": "PERSON", "aliases": ["Lleucu Jephcott", "Lleucu"],
     "note": "the choir's director; first name alone after the full name (church-2)"},
    {"name": "Harlingshire Messenger", "label": "ORG", "in": ["church"],
     "aliases": ["Harlingshire Messenger", "Messenger"],
     "note": "the county paper; church-2 is its own report ('told the Messenger', three times, and 'the Harlingshire "
             "Messenger will print the total')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]


if __name__ == "__main__":
    check_table(ENTITIES, HERE)
    main(ENTITIES, HERE)
