package fi.taitoura.demo;

import fi.taitoura.workplace.*;
import fi.taitoura.demo.WorkplaceDemoData.TaskSpec;
import fi.taitoura.demo.WorkplaceDemoData.UnitPlan;
import fi.taitoura.demo.WorkplaceDemoData.UnitSpec;
import java.util.List;
import java.util.Set;

/**
 * What the demo municipality's four work units do: their details, the units of the shipped qualifications their
 * work offers (requirements picked by their wording) and their routine tasks. The shipped catalogue has no cleaning
 * or catering qualification, so those units rest on customer service, waste management and the common units.
 */
final class WorkplaceDemoPlans {

    static final String LIIKETALOUS = "59/011/2014";
    static final String PUUTARHATALOUS = "75/011/2014";
    static final String LUONTO_YMPARISTO = "62/011/2014";
    static final String PUUTEOLLISUUS = "OPH-2455-2017";
    static final String YHTEISET_2022 = "OPH-456-2022";

    private static final Set<String> TTK = Set.of("Työturvallisuuskortti");
    private static final Set<String> HYGIENE = Set.of("Hygieniapassi");

    private WorkplaceDemoPlans() {
    }

    static List<UnitPlan> plans() {
        return List.of(property(), cleaning(), food(), recycling());
    }

    private static TaskSpec task(String name, int level, String description, String tools, String safety,
                                 Set<String> cards, String... words) {
        return new TaskSpec(name, TaskDifficulty.values()[level - 1], description, tools, safety, cards, List.of(words));
    }

    private static UnitPlan property() {
        return new UnitPlan("Kiinteistö- ja ympäristöhuolto", WorkUnitSector.PROPERTY_AND_ENVIRONMENT,
                "Varikkotie 4", "12340", "Pekka Puistola", "040 123 4501", 10,
                "Kaupungin puistojen, koulujen pihojen ja kiinteistöjen ulkoalueiden hoito ympäri vuoden: "
                        + "nurmet, istutukset, roska-astiat ja talvikunnossapito.",
                "valmentaja",
                "Ryhmä hoitaa kaupungin viheralueita ja kiinteistöjen pihoja työvalmentajan ohjauksessa. Työ "
                        + "vaihtelee vuodenajan mukaan: keväällä ja syksyllä haravointia ja istutuksia, kesällä "
                        + "nurmikonhoitoa, talvella lumitöitä. Työturvallisuus ja koneiden oikea käyttö opetellaan "
                        + "perehdytyksessä.",
                List.of(new UnitSpec(PUUTARHATALOUS, "100757", "Puistojen ja pihojen ylläpitotyöt koko kauden ajan",
                                List.of("ylläpitää rakennettuja viheralueita", "suunnitella oman työnsä",
                                        "rakentaa kasvillisuusalueita", "käyttää ja huoltaa yleisimpiä viheralan koneita",
                                        "toimia muuttuvissa olosuhteissa", "palvella asiakkaita",
                                        "ottaa työssään huomioon toiminnan turvallisuuden",
                                        "käyttää henkilökohtaisia suojaimia", "noudattaa kestävän kehityksen")),
                        new UnitSpec(PUUTARHATALOUS, "100766", "Ruohonleikkurit, trimmerit, lehtipuhaltimet ja kiinteistötraktori",
                                List.of("viheralueiden ylläpidon koneita", "lajitella jätteitä",
                                        "käyttää henkilökohtaisia suojaimia", "ottaa työssään huomioon toiminnan turvallisuuden")),
                        new UnitSpec(LUONTO_YMPARISTO, "100449", "Puistojen roska-astiat ja jätepisteet",
                                List.of("toimia jätteiden vastaanotossa", "tunnistaa, lajitella ja käsitellä",
                                        "käyttää henkilökohtaisia suojaimia"))),
                List.of(task("Lehtien haravointi ja puhallus", 1, "Syksyn lehtien keruu nurmilta ja käytäviltä, "
                                        + "kuormaus peräkärryyn.", "harava, lehtipuhallin, peräkärry",
                                "Kuulosuojaimet puhaltimen kanssa; nosta kuormat polvista.", Set.of(),
                                "ylläpitää rakennettuja viheralueita", "toimia muuttuvissa olosuhteissa", "henkilökohtaisia suojaimia"),
                        task("Ruohonleikkuu työntöleikkurilla", 1, "Pienten nurmialueiden leikkuu ohjeen mukaan.",
                                "työntöleikkuri", "Tarkista alue kivistä ennen leikkuuta; turvakengät.", Set.of(),
                                "ylläpitää rakennettuja viheralueita", "viheralueiden ylläpidon koneita", "henkilökohtaisia suojaimia"),
                        task("Ruohonleikkuu ajoleikkurilla", 3, "Laajojen puistonurmien leikkuu itsenäisesti.",
                                "ajoleikkuri", "Koneen käyttöön perehdytys; ei matkustajia; rinteissä varovasti.", TTK,
                                "viheralueiden ylläpidon koneita", "yleisimpiä viheralan koneita", "toiminnan turvallisuuden"),
                        task("Trimmeröinti ja nurmen reunojen siistiminen", 2, "Reunat, puiden tyvet ja aitojen vierustat.",
                                "siimaleikkuri, reunaleikkuri", "Visiiri ja kuulosuojaimet; etäisyys muihin 15 m.", Set.of(),
                                "ylläpitää rakennettuja viheralueita", "viheralueiden ylläpidon koneita", "henkilökohtaisia suojaimia"),
                        task("Pensasaitojen leikkaus", 2, "Pensasaitojen muotoonleikkuu ja leikkuujätteen keruu.",
                                "pensasleikkuri, oksasakset", "Suojalasit ja käsineet; tikkailla aina työpari.", Set.of(),
                                "ylläpitää rakennettuja viheralueita", "toiminnan turvallisuuden"),
                        task("Kesäkukkien istutus ja kastelu", 1, "Kukkapenkkien istutus istutussuunnitelman mukaan.",
                                "lapio, istutuslusikka, kastelukannu", "Käsineet; huolehdi juomisesta helteellä.", Set.of(),
                                "rakentaa kasvillisuusalueita", "suunnitella oman työnsä"),
                        task("Istutusalueiden kitkentä ja katteen lisäys", 1, "Rikkakasvien poisto ja katteen levitys.",
                                "kitkentärauta, kottikärryt", "Vaihtele työasentoja; polvisuojat.", Set.of(),
                                "ylläpitää rakennettuja viheralueita", "kestävän kehityksen"),
                        task("Roska-astioiden tyhjennys ja jätepisteiden siisteys", 1, "Puistojen roska-astioiden "
                                        + "tyhjennys ja roskien lajittelu.", "roskapihdit, jätesäkit",
                                "Älä työnnä kättä astiaan; neulat neulankeräysastiaan.", Set.of(),
                                "lajitella jätteitä", "tunnistaa, lajitella ja käsitellä", "jätteiden vastaanotossa"),
                        task("Puistonpenkkien ja leikkivälineiden silmämääräinen tarkastus", 2, "Vaurioiden "
                                        + "havaitseminen ja ilmoittaminen tarkastuslistalla.", "tarkastuslista, puhelin",
                                "Rikkinäinen väline eristetään heti nauhalla.", Set.of(),
                                "toiminnan turvallisuuden", "palvella asiakkaita"),
                        task("Lumityöt käsin ja hiekoitus", 1, "Kulkuväylien ja portaiden lumityöt ja liukkauden torjunta.",
                                "lumikola, lapio, hiekoitusämpäri", "Liukuesteet kenkiin; taukoja pakkasella.", Set.of(),
                                "toimia muuttuvissa olosuhteissa", "henkilökohtaisia suojaimia"),
                        task("Koneiden päivittäishuolto ja polttoaineen lisäys", 2, "Puhdistus, tarkastus ja tankkaus "
                                        + "huolto-ohjeen mukaan.", "huoltotyökalut, polttoainekanisteri",
                                "Tankkaus kone sammutettuna; ei tupakointia.", TTK,
                                "viheralueiden ylläpidon koneita", "yleisimpiä viheralan koneita"),
                        task("Asukkaiden kysymyksiin vastaaminen työkohteessa", 2, "Ystävällinen opastus ja palautteen "
                                        + "välittäminen työnjohdolle.", null, null, Set.of(), "palvella asiakkaita")));
    }

    private static UnitPlan cleaning() {
        return new UnitPlan("Siivouspalvelut", WorkUnitSector.CLEANING, "Kaupungintalo, Keskuskatu 1", "12300",
                "Sanna Siivonen", "040 123 4502", 8,
                "Kaupungin toimitilojen, kirjaston ja nuorisotilojen ylläpitosiivous sekä toimistojen viherkasvit.",
                "valmentaja2",
                "Ylläpitosiivousta kaupungin toimitiloissa siivousreittien mukaan, jätteiden lajittelua, "
                        + "viherkasvien hoitoa ja asiakkaan kanssa asiointia. Uusi valmentautuja aloittaa "
                        + "ohjattuna yhdessä työparin kanssa.",
                List.of(new UnitSpec(LIIKETALOUS, "100359", "Asiakkaan toiveet ja palaute siivouskohteessa",
                                List.of("huolehtii työympäristöstä", "palvelee ulkoista ja sisäistä asiakasta")),
                        new UnitSpec(LUONTO_YMPARISTO, "100449", "Toimitilojen jätteiden lajittelu",
                                List.of("tunnistaa, lajitella ja käsitellä", "toimia jätteiden vastaanotossa",
                                        "käyttää henkilökohtaisia suojaimia")),
                        new UnitSpec(PUUTARHATALOUS, "100773", "Toimistojen viherkasvien hoito",
                                List.of("istuttaa ja huoltaa", "toimia asiakaspalvelutilanteissa",
                                        "turvallisuuden ja vastuullisuuden")),
                        new UnitSpec(YHTEISET_2022, "106729", "Työergonomia, työyhteisössä toimiminen",
                                List.of("kuormittavuustekijät", "ergonomian", "osana työyhteisöä",
                                        "toimii asiakaslähtöisesti", "kestävän kehityksen toimintatapoja"))),
                List.of(task("Toimistotilan ylläpitosiivous", 1, "Roskien tyhjennys, pölyjen pyyhintä ja lattioiden "
                                        + "imurointi siivousreitin mukaan.", "siivouskärry, mikrokuituliinat, imuri",
                                "Hyvä työasento; kärryä työnnetään, ei vedetä.", Set.of(),
                                "huolehtii työympäristöstä", "ergonomian", "kuormittavuustekijät"),
                        task("Wc- ja pesutilojen siivous", 2, "Saniteettitilojen päivittäissiivous ja täydennykset.",
                                "saniteettiaineet, värikoodatut liinat", "Suojakäsineet; aineita ei sekoiteta.", TTK,
                                "huolehtii työympäristöstä", "henkilökohtaisia suojaimia"),
                        task("Lattioiden koneellinen pesu", 3, "Yhdistelmäkoneen käyttö käytävillä ja aulassa.",
                                "yhdistelmäkone", "Varoituskyltit märälle lattialle; johdon kulku.", TTK,
                                "kuormittavuustekijät", "huolehtii työympäristöstä"),
                        task("Kosketuspintojen pyyhintä ja desinfiointi", 1, "Ovenkahvat, kaiteet, hissin painikkeet.",
                                "desinfiointiaine, liinat", "Käsineet; tuuletus.", Set.of(), "huolehtii työympäristöstä"),
                        task("Jätteiden lajittelu ja roska-astioiden tyhjennys", 1, "Toimitilojen jätteiden lajittelu "
                                        + "jätejakeittain keräyspisteeseen.", "jätesäkit, kärry",
                                "Terävät esineet erikseen.", Set.of(), "tunnistaa, lajitella ja käsitellä",
                                "jätteiden vastaanotossa"),
                        task("Siivousvälineiden ja -kärryjen huolto", 1, "Liinojen pesu, kärryn täydennys ja "
                                        + "välineiden puhdistus päivän päätteeksi.", "pesukone, täydennyslista",
                                null, Set.of(), "kestävän kehityksen", "henkilökohtaisia suojaimia"),
                        task("Viherkasvien kastelu ja hoito toimistoissa", 1, "Kastelu, kuivien lehtien poisto ja "
                                        + "lannoitus ohjeen mukaan.", "kastelukannu", null, Set.of(), "istuttaa ja huoltaa"),
                        task("Asiakkaan toiveiden kuunteleminen ja palautteen välittäminen", 2, "Asiointi tilojen "
                                        + "käyttäjien kanssa ja palaute työnjohdolle.", null, null, Set.of(),
                                "palvelee ulkoista ja sisäistä asiakasta", "toimia asiakaspalvelutilanteissa",
                                "toimii asiakaslähtöisesti"),
                        task("Ikkunoiden ja lasipintojen pesu", 2, "Lasiovien ja sisäikkunoiden pesu.",
                                "ikkunalasta, jatkovarsi", "Ei korkeita tikkaita ilman työparia.", Set.of(),
                                "huolehtii työympäristöstä", "turvallisuuden ja vastuullisuuden"),
                        task("Siivousreitin suunnittelu työvuorolle", 2, "Päivän kohteiden järjestys ja ajankäyttö "
                                        + "yhdessä työparin kanssa.", "reittikartta", null, Set.of(), "osana työyhteisöä")));
    }

    private static UnitPlan food() {
        return new UnitPlan("Ruokapalvelut, Keskuskeittiö", WorkUnitSector.FOOD_SERVICES, "Koulukatu 12", "12350",
                "Kaija Keittiö", "040 123 4503", 8,
                "Keskuskeittiö valmistaa lounaat kouluille ja päiväkodeille sekä henkilöstöravintolaan. "
                        + "Valmentautujat avustavat linjastossa, astiahuollossa ja esivalmistelussa.",
                "valmentaja2",
                "Työ keskuskeittiössä ja henkilöstöravintolassa: linjastotyö, astiahuolto, kuljetusten "
                        + "pakkaaminen ja jätteiden lajittelu. Hygieniapassi suoritetaan jakson alussa.",
                List.of(new UnitSpec(LIIKETALOUS, "100359", "Henkilöstöravintolan lounaspalvelu",
                                List.of("huolehtii työympäristöstä", "valmistautuu palvelutilanteisiin",
                                        "palvelee ulkoista ja sisäistä asiakasta", "hoitaa palvelutilanteiden")),
                        new UnitSpec(LUONTO_YMPARISTO, "100449", "Biojätteen ja pakkausjätteen lajittelu",
                                List.of("tunnistaa, lajitella ja käsitellä", "jätteiden käsittelylaitteita",
                                        "käyttää henkilökohtaisia suojaimia")),
                        new UnitSpec(YHTEISET_2022, "106729", "Työhyvinvointi ja työyhteisössä toimiminen",
                                List.of("kuormittavuustekijät", "ergonomian", "osana työyhteisöä",
                                        "toimii asiakaslähtöisesti ja taloudellisesti"))),
                List.of(task("Lounaan linjastotyö", 2, "Linjaston täyttö, annostelu ja asiakkaiden palvelu lounaalla.",
                                "annosteluvälineet, lämpöhaude", "Kuumat astiat patalapuilla.", HYGIENE,
                                "valmistautuu palvelutilanteisiin", "palvelee ulkoista", "toimii asiakaslähtöisesti"),
                        task("Astiahuolto ja astianpesukoneen käyttö", 1, "Astioiden esihuuhtelu, koneen täyttö ja "
                                        + "puhtaiden astioiden lajittelu.", "kuljetinastianpesukone",
                                "Pesuaineet vain koneen kautta; liukkaat lattiat.", HYGIENE,
                                "huolehtii työympäristöstä", "kuormittavuustekijät"),
                        task("Salaattien ja kylmien ruokien esivalmistelu", 2, "Kasvisten pesu, pilkkominen ja "
                                        + "annostelu ohjeen mukaan.", "veitset, leikkuulaudat", "Viiltosuojakäsine.",
                                HYGIENE, "huolehtii työympäristöstä", "osana työyhteisöä"),
                        task("Ruokasalin kattaminen ja siistiminen", 1, "Pöytien pyyhintä, tuolien järjestely ja "
                                        + "kattaus.", "liinat, kärry", null, HYGIENE,
                                "valmistautuu palvelutilanteisiin", "huolehtii työympäristöstä"),
                        task("Biojätteen ja pakkausjätteen lajittelu", 1, "Keittiön jätteiden lajittelu ja "
                                        + "jäteastioiden vienti.", "jäteastiat, kärry", "Nosta raskaat astiat kahdestaan.",
                                HYGIENE, "tunnistaa, lajitella ja käsitellä", "jätteiden käsittelylaitteita"),
                        task("Kuljetuslaatikoiden pakkaaminen kouluille", 2, "Lämpölaatikoiden pakkaus "
                                        + "tilausten mukaan ja lämpötilan kirjaus.", "lämpölaatikot, lämpömittari",
                                null, HYGIENE, "osana työyhteisöä", "toimii asiakaslähtöisesti ja taloudellisesti"),
                        task("Elintarvikkeiden vastaanotto ja varastointi", 2, "Toimitusten tarkistus ja "
                                        + "hyllytys kylmä- ja kuivavarastoon.", "rullakko, lämpömittari",
                                "Nostot rullakolla; kylmiössä lämmin vaate.", HYGIENE,
                                "huolehtii työympäristöstä", "ergonomian"),
                        task("Keittiön loppusiivous", 1, "Työpisteiden ja lattioiden siivous päivän päätteeksi.",
                                "siivousvälineet", "Suojakäsineet ja -essu.", HYGIENE,
                                "huolehtii työympäristöstä", "henkilökohtaisia suojaimia"),
                        task("Kassatyö ja erityisruokavalioista opastaminen", 3, "Maksujen vastaanotto ja "
                                        + "asiakkaan opastaminen ruokalistassa.", "kassajärjestelmä", null, HYGIENE,
                                "palvelee ulkoista ja sisäistä asiakasta", "hoitaa palvelutilanteiden")));
    }

    private static UnitPlan recycling() {
        return new UnitPlan("Kierrätyskeskus Kiertokaari", WorkUnitSector.RECYCLING, "Teollisuustie 8", "12380",
                "Kari Kierto", "040 123 4504", 12,
                "Kierrätyskeskus: lahjoitusten vastaanotto ja lajittelu, kalusteiden kunnostus, myymälä sekä "
                        + "tilatyhjennykset ja kalustesiirrot kaupungin yksiköille.",
                "valmentaja",
                "Kiertokaaressa tehdään koko kierrätyksen ketju: tavaran vastaanotto, lajittelu, kunnostus, "
                        + "myynti ja jätteiksi päätyvän materiaalin ohjaus oikeisiin jakeisiin. Lisäksi "
                        + "tilatyhjennyksiä ja kalustesiirtoja.",
                List.of(new UnitSpec(LUONTO_YMPARISTO, "100449", "Lahjoitusten vastaanotto ja jakeiden lajittelu",
                                List.of("toimia jätteiden vastaanotossa", "tunnistaa, lajitella ja käsitellä",
                                        "ongelmajätteiden", "jätteiden käsittelylaitteita",
                                        "käyttää henkilökohtaisia suojaimia", "edistää kestävän kehityksen"),
                                "ongelmajätteiden", "Vaarallisia jätteitä ei varastoida Kiertokaaressa, ne ohjataan "
                                        + "suoraan jäteasemalle."),
                        new UnitSpec(LUONTO_YMPARISTO, "100451", "Asiakkaiden ja lahjoittajien kierrätysneuvonta",
                                List.of("tunnistaa, lajitella ja käsitellä", "neuvoa erilaisia ryhmiä",
                                        "huomioida muut työntekijät")),
                        new UnitSpec(LIIKETALOUS, "100359", "Kierrätysmyymälän asiakaspalvelu",
                                List.of("huolehtii työympäristöstä", "palvelee ulkoista ja sisäistä asiakasta",
                                        "tekee asiakaspalveluun liittyviä toimistotehtäviä")),
                        new UnitSpec(PUUTEOLLISUUS, "105428", "Kalusteiden kokoaminen ja asennus kunnostuksen jälkeen",
                                List.of("asentaa kalusteet", "turvallisuusohjeita", "toimia työyhteisön jäsenenä"))),
                List.of(task("Kierrätystavaran vastaanotto ja lajittelu", 1, "Lahjoitusten vastaanotto, kunnon "
                                        + "arviointi ja lajittelu myyntiin, kunnostukseen tai jakeisiin.",
                                "lajittelulaatikot, rullakot", "Nostot kahdestaan; käsineet.", Set.of(),
                                "toimia jätteiden vastaanotossa", "tunnistaa, lajitella ja käsitellä"),
                        task("Tekstiilien lajittelu myyntiin ja kierrätykseen", 1, "Vaatteiden ja kodintekstiilien "
                                        + "lajittelu laadun mukaan.", "lajittelupöytä", null, Set.of(),
                                "tunnistaa, lajitella ja käsitellä"),
                        task("Kalusteiden siirto ja kantaminen", 2, "Kalusteiden siirrot kaupungin yksiköissä ja "
                                        + "varastossa.", "kalustekärryt, kantohihnat, pakettiauto",
                                "Kantotekniikka; raskaat kalusteet aina kahdestaan.", TTK,
                                "turvallisuusohjeita", "toimia työyhteisön jäsenenä", "henkilökohtaisia suojaimia"),
                        task("Huonekalujen kunnostus ja kokoaminen", 3, "Kalusteiden korjaus, pintakäsittely ja "
                                        + "kokoaminen myyntikuntoon.", "akkuporakone, käsityökalut",
                                "Suojalasit; pintakäsittely tuuletetussa tilassa.", TTK,
                                "asentaa kalusteet", "turvallisuusohjeita"),
                        task("Myymälän hyllytys ja hinnoittelu", 2, "Tuotteiden esillepano ja hinnoittelu "
                                        + "hinnastojen mukaan.", "hinnoittelulaite", null, Set.of(),
                                "huolehtii työympäristöstä", "tekee asiakaspalveluun liittyviä"),
                        task("Asiakaspalvelu myymälässä ja kassalla", 3, "Asiakkaiden palvelu ja kassatyö.",
                                "kassajärjestelmä", null, Set.of(), "palvelee ulkoista ja sisäistä asiakasta",
                                "neuvoa erilaisia ryhmiä"),
                        task("Elektroniikkaromun ja vaarallisten jätteiden erottelu", 3, "SER-romun ja paristojen "
                                        + "erottelu ohjeen mukaan jäteasemalle vietäväksi.", "SER-häkit, paristolaatikot",
                                "Rikkinäiset akut eristetään; suojakäsineet.", TTK,
                                "ongelmajätteiden", "jätteiden käsittelylaitteita", "henkilökohtaisia suojaimia"),
                        task("Tilatyhjennys asiakkaan kotona", 2, "Kodin tyhjennys, tavaran lajittelu paikan päällä "
                                        + "ja kuljetus.", "pakettiauto, muuttolaatikot", "Työpari aina mukana.", TTK,
                                "toimia työyhteisön jäsenenä", "turvallisuusohjeita", "toimia jätteiden vastaanotossa"),
                        task("Pahvin ja paperin paalaus", 2, "Pahvien litistys ja paalaimen käyttö.", "paalain",
                                "Paalaimen käyttö vain perehdytettynä.", Set.of("Työturvallisuuskortti", "Trukkikortti"),
                                "jätteiden käsittelylaitteita", "edistää kestävän kehityksen"),
                        task("Lahjoittajien neuvonta vastaanottopisteellä", 2, "Mitä otetaan vastaan ja minne "
                                        + "muu tavara ohjataan.", "ohjetaulu", null, Set.of(),
                                "neuvoa erilaisia ryhmiä", "palvelee ulkoista")));
    }
}
