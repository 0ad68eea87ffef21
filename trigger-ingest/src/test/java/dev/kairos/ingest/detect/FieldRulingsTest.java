package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerDetails.Layoffs;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Who and what the finders read in an item, one ruling at a time: the company, the person and the role of the
 * triggers they find. Written for these rulings; how often they hold on real news is {@link RealNewsQualityTest}'s.
 */
class FieldRulingsTest {

    private final RuleDetector finders = new RuleDetector();

    @Test
    void readsANameAWireStoryMarksInAngleBrackets() {
        Detection hire = only(TriggerType.EXECUTIVE_HIRE, "MARLOW TOOLS NAMES NEW PRESIDENT",
                "<Marlow Precision Tools Inc> said it named Carla Brennan president.");

        assertThat(hire.company()).isEqualTo("Marlow Precision Tools Inc");
        assertThat(Details.personOf(hire)).isEqualTo("Carla Brennan");
    }

    @Test
    void readsTheCompanyBoughtInAWireHeadlineAsItsLedeSpellsIt() {
        Detection bought = only(TriggerType.ACQUISITION, "ORVEL ACQUIRES 90 PCT OF TASKIN <TSKN>",
                "<Orvel Holdings Ltd>, of Canada, said it acquired 4.1 mln or 90 pct of Taskin Tool Co common shares.");

        assertThat(((TriggerDetails.Acquisition) bought.details()).target()).isEqualTo("Taskin Tool Co");
        assertThat(bought.company()).isEqualTo("Taskin Tool Co");
    }

    @Test
    void readsACompanyNamedInCapitalsThatAcceptsAnOfferAsTheOneBought() {
        Detection accepted = only(TriggerType.ACQUISITION, "KVRB agrees to Orvane's takeover offer", null);

        assertThat(((TriggerDetails.Acquisition) accepted.details()).target()).isEqualTo("KVRB");
        assertThat(((TriggerDetails.Acquisition) accepted.details()).acquirer()).isEqualTo("Orvane");
    }

    @Test
    void readsAnOfferFromABuyerThatACompanyAcceptsButNotOneAPersonAccepts() {
        Detection accepted = only(TriggerType.ACQUISITION, "Quarry Labs accepts sweetened offer from Halvex Group",
                null);

        assertThat(((TriggerDetails.Acquisition) accepted.details()).target()).isEqualTo("Quarry Labs");
        assertThat(((TriggerDetails.Acquisition) accepted.details()).acquirer()).isEqualTo("Halvex Group");
        assertThat(types("Dana Whitcombe accepts offer from Orvane", null)).doesNotContain(TriggerType.ACQUISITION);
    }

    @Test
    void readsAMajorityInvestmentAsTheInvestorBuyingControlButAMinorityOneAsARound() {
        Detection control = only(TriggerType.ACQUISITION,
                "Tessaly Foods receives majority growth investment from Brindle Capital Partners", null);

        assertThat(((TriggerDetails.Acquisition) control.details()).target()).isEqualTo("Tessaly Foods");
        assertThat(((TriggerDetails.Acquisition) control.details()).acquirer()).isEqualTo("Brindle Capital Partners");
        assertThat(types("Tessaly Foods receives minority investment from Brindle Capital", null))
            .doesNotContain(TriggerType.ACQUISITION);
    }

    @Test
    void readsTheCompanyNamedAfterAProductAndItsMakerAsTheOneBought() {
        Detection maker = only(TriggerType.ACQUISITION, "Orvane to buy Quill developer The Tessaly Company for $90M",
                null);
        assertThat(((TriggerDetails.Acquisition) maker.details()).target()).isEqualTo("The Tessaly Company");

        Detection alone = only(TriggerType.ACQUISITION, "Orvane to buy Quill maker for $2 billion", null);
        assertThat(((TriggerDetails.Acquisition) alone.details()).target()).isEqualTo("Quill");
    }

    @Test
    void readsTheCompanyBoughtFromALedeThatAnnouncesTheDealAsItsObject() {
        Detection deal = only(TriggerType.ACQUISITION, "Orvane buys soil sensor startup to grow in Ohio",
                "Orvane Inc on Tuesday announced the acquisition of sensor maker Quillmere Labs, its third this year.");
        assertThat(((TriggerDetails.Acquisition) deal.details()).target()).isEqualTo("Quillmere Labs");

        assertThat(types("Orvane posts record quarter",
                "Orvane said the acquisition of Quillmere would add to earnings next year."))
            .doesNotContain(TriggerType.ACQUISITION);
        assertThat(types("Orvane grows in Ohio",
                "Orvane Inc has announced its purchase of an 8,000-square-foot plant."))
            .doesNotContain(TriggerType.ACQUISITION);
    }

    @Test
    void readsCharacterReferencesAFeedLeftWithoutTheirAmpersand() {
        Detection deal = only(TriggerType.ACQUISITION, "Orvane to buy Tessaly Labs for #36;40 million", null);
        assertThat(((TriggerDetails.Acquisition) deal.details()).amount()).isEqualByComparingTo("40000000");

        assertThat(Sentence.normalise("Orvane #39;s chief calls it a quot;fair quot; price"))
            .isEqualTo("Orvane's chief calls it a \"fair \" price");
    }

    @Test
    void keepsAnAndInsideANameThatEndsInALegalFormButNotBetweenTwoCompanies() {
        Detection departure = only(TriggerType.LEADERSHIP_DEPARTURE, "HADLEY AND FINCH CHAIRMAN RESIGNS",
                "Hadley and Finch Co said Owen Pratt resigned as chairman.");
        Detection merger = only(TriggerType.ACQUISITION, "Orbitex Corp and Lumen Inc agree to merge", null);

        assertThat(departure.company()).isEqualTo("Hadley and Finch Co");
        assertThat(((TriggerDetails.Acquisition) merger.details()).acquirer()).isEqualTo("Orbitex Corp");
        assertThat(merger.company()).isEqualTo("Lumen Inc");
    }

    @Test
    void readsPeopleWithInitialsAndPastTheirOwnersAndDescriptions() {
        assertThat(Details.personOf(only(TriggerType.LEADERSHIP_DEPARTURE, "TARROW MILLS CHIEF RETIRES",
                "Tarrow Mills Inc said R. Dean Holloway has retired as chief executive officer.")))
            .isEqualTo("R. Dean Holloway");
        Detection departure = only(TriggerType.LEADERSHIP_DEPARTURE, "Corbel Systems' Lena Moritz steps down as CFO",
                null);
        assertThat(departure.company()).isEqualTo("Corbel Systems");
        assertThat(Details.personOf(departure)).isEqualTo("Lena Moritz");
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE,
                "Tandemly hires former Halvorsen banker Rita Osei as CFO", null))).isEqualTo("Rita Osei");
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE,
                "Gridwell Hires Former Pantera Exec Jonas Reed As Its New CTO", null))).isEqualTo("Jonas Reed");
    }

    @Test
    void endsANameAtAHeadlineVerbWrittenInCapitals() {
        assertThat(only(TriggerType.EXPANSION, "Quillspark Raises $6 Million Series A, Expands To Denver", null)
            .company()).isEqualTo("Quillspark");
        assertThat(Sentence.of("zuuka labs Raises Funding").leadingName()).isEqualTo("zuuka labs");
    }

    @Test
    void readsALowerCaseBrandThatOpensAHeadlineBeforeItsVerbButNoCommonWord() {
        Detection bought = only(TriggerType.ACQUISITION, "plumbly acquires Orrin Metrics", null);
        assertThat(((TriggerDetails.Acquisition) bought.details()).acquirer()).isEqualTo("plumbly");
        assertThat(only(TriggerType.PARTNERSHIP, "quorra teams up with Haskel Bank on savings", null).company())
            .isEqualTo("quorra");
        assertThat(only(TriggerType.LAYOFFS, "vendly to cut 30 jobs", null).company()).isEqualTo("vendly");
        assertThat(Sentence.of("startup raises $2M").subjectOf(1)).isNull();
    }

    @Test
    void namesTheCompanyAnInvestorFundsNotTheInvestor() {
        Detection capitals = only(TriggerType.FUNDING_ROUND, "HARBOR PEAK CAPITAL LEADS $12 MILLION INVESTMENT IN "
                + "BRIGHTLOOM", null);
        Detection owned = only(TriggerType.FUNDING_ROUND, "Norvale Ventures leads Tessly's $8 million seed round",
                null);

        assertThat(capitals.company()).isEqualTo("BRIGHTLOOM");
        assertThat(((TriggerDetails.Funding) capitals.details()).investors()).containsExactly("HARBOR PEAK CAPITAL");
        assertThat(owned.company()).isEqualTo("Tessly");
        assertThat(((TriggerDetails.Funding) owned.details()).investors()).containsExactly("Norvale Ventures");
    }

    @Test
    void namesTheSellerAsWhatWasBoughtWhenItSellsItself() {
        Detection toBuyer = only(TriggerType.ACQUISITION, "Pellwood Sells To Arkline For $25M", null);
        Detection forMoney = only(TriggerType.ACQUISITION, "Corvane sells for $40 million", null);

        assertThat(toBuyer.company()).isEqualTo("Pellwood");
        assertThat(((TriggerDetails.Acquisition) toBuyer.details()).acquirer()).isEqualTo("Arkline");
        assertThat(forMoney.company()).isEqualTo("Corvane");
        assertThat(((TriggerDetails.Acquisition) forMoney.details()).acquirer()).isNull();
    }

    @Test
    void namesAUnitAfterTheRoleAndCallsTheHeadOfADivisionAGeneralManager() {
        Detection unit = only(TriggerType.EXECUTIVE_HIRE, "DUNMORE UNIT NAMES PRESIDENT", "Dunmore Holdings Inc said "
                + "it named Ivy Castell president and chief executive officer of its Redcliff Marine Corp unit.");
        Detection division = only(TriggerType.EXECUTIVE_HIRE, "STELLAN NAMES DIVISION HEAD",
                "Stellan Corp said it named Paul Okafor president of its packaging division.");

        assertThat(unit.company()).isEqualTo("Redcliff Marine Corp");
        assertThat(category(unit)).isEqualTo(RoleCategory.CEO);
        assertThat(division.company()).isEqualTo("Stellan Corp");
        assertThat(category(division)).isEqualTo(RoleCategory.GM);
    }

    @Test
    void ranksTheRolesOnePersonHolds() {
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Bexley Foods names Mara Quinn senior vice president "
                + "and chief financial officer", null))).isEqualTo(RoleCategory.CFO);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Bexley Foods names Mara Quinn president and chief "
                + "operating officer", null))).isEqualTo(RoleCategory.PRESIDENT);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Bexley Foods names Mara Quinn president, chief "
                + "executive officer and a director", null))).isEqualTo(RoleCategory.CEO);
        assertThat(category(only(TriggerType.LEADERSHIP_DEPARTURE, "Bexley Foods vice chairman Tom Ellery retires",
                null))).isEqualTo(RoleCategory.BOARD);
    }

    @Test
    void readsAMoveBetweenCompaniesAsADepartureAndAHire() {
        List<Detection> found = finders.read("Veltrix CEO Nadia Ross leaves to join Quorra as COO", null)
            .detections();

        assertThat(found).extracting(Detection::type, Detection::company, Details::personOf).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TriggerType.EXECUTIVE_HIRE, "Quorra", "Nadia Ross"),
                org.assertj.core.groups.Tuple.tuple(TriggerType.LEADERSHIP_DEPARTURE, "Veltrix", "Nadia Ross"));
    }

    @Test
    void namesTheFirstOfSeveralPartnersAndABrandWithItsPossessive() {
        assertThat(only(TriggerType.PARTNERSHIP, "Ardent, Bluefin, Corla And Dastra Partner On Payments Network",
                null).company()).isEqualTo("Ardent");
        assertThat(only(TriggerType.LAYOFFS, "Hollin's to close 40 stores and cut 900 jobs", null).company())
            .isEqualTo("Hollin's");
    }

    @Test
    void dropsAWireDatelineBeforeTheCompany() {
        assertThat(only(TriggerType.EXECUTIVE_HIRE,
                "OSLO AFX - Nordfjell said it has appointed Siri Dahl as its new CEO.", null).company())
            .isEqualTo("Nordfjell");
    }

    @Test
    void readsWhomABoardElectsAndPeopleWithInitialsOrAMiddleInitial() {
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE, "KESTREL <KST> NAMES NEW CHAIRMAN",
                "Kestrel Fabrics Inc said its board elected Harriet Vane as chairman.")))
            .isEqualTo("Harriet Vane");
        assertThat(Details.personOf(only(TriggerType.LEADERSHIP_DEPARTURE, "KESTREL <KST> CHAIRMAN RESIGNS",
                "Kestrel Fabrics Inc said its chairman, T.R. Lowell, has submitted his resignation.")))
            .isEqualTo("T.R. Lowell");
        Detection middle = only(TriggerType.EXECUTIVE_HIRE, "KESTREL <KST> NAMES PRESIDENT",
                "Kestrel Fabrics Inc said Owen B Tarrant has been appointed president of the company.");
        assertThat(middle.company()).isEqualTo("Kestrel Fabrics Inc");
        assertThat(Details.personOf(middle)).isEqualTo("Owen B Tarrant");
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE,
                "Fernlake Adds Seasoned Logistics Expert Mira Holt To Board Of Directors", null)))
            .isEqualTo("Mira Holt");
    }

    @Test
    void findsTheMovingPersonAnywhereInTheLedeButNotTheOneLeaving() {
        Detection hire = only(TriggerType.EXECUTIVE_HIRE, "BRAMLEY <BRM> NAMES NEW CHAIRMAN", "Bramley Savings Bank "
                + "said chairman Arthur P. Lyle Jr. is retiring and is being succeeded by vice chairman Nora Quist.");
        Detection departure = only(TriggerType.LEADERSHIP_DEPARTURE, "Orvane shares slip as CEO leaves",
                "Orvane, the struggling maker of pumps, saw its shares fall after it announced that Felix Marr was "
                        + "stepping down as chief executive officer.");

        assertThat(hire.company()).isEqualTo("Bramley Savings Bank");
        assertThat(Details.personOf(hire)).isEqualTo("Nora Quist");
        assertThat(Details.personOf(departure)).isEqualTo("Felix Marr");
    }

    @Test
    void keepsCommonWordsAndPossessivesInsideANameThatEndsInALegalForm() {
        assertThat(only(TriggerType.EXECUTIVE_HIRE, "FIRST HARBOR <FHB> NAMES PRESIDENT", "First Harbor Savings and "
                + "Loan Association said it named Dale Ortiz president.").company())
            .isEqualTo("First Harbor Savings and Loan Association");
        assertThat(only(TriggerType.EXECUTIVE_HIRE, "PIPER'S <PPR> NAMES PRESIDENT",
                "Piper's Garden Centers Inc said it named Lucy Amble president.").company())
            .isEqualTo("Piper's Garden Centers Inc");
        assertThat(only(TriggerType.IPO, "Greyfin Acquisition Corp. Announces Pricing of $150 Million Initial "
                + "Public Offering", null).company()).isEqualTo("Greyfin Acquisition Corp.");
    }

    @Test
    void namesWhatIsBoughtPastStakesAssetsDescriptionsAndShortNames() {
        assertThat(only(TriggerType.ACQUISITION, "Marlin Equity Acquires Controlling Interest in Tessaro Labs", null)
            .company()).isEqualTo("Tessaro Labs");
        assertThat(only(TriggerType.ACQUISITION, "Corvex Acquires Assets of Plumline Software", null).company())
            .isEqualTo("Plumline Software");
        assertThat(only(TriggerType.ACQUISITION, "Quandry Acquires Payments Vendor, Ostrava Systems", null).company())
            .isEqualTo("Ostrava Systems");
        assertThat(only(TriggerType.ACQUISITION, "Halcyon set to take over Brightway's drone business", null)
            .company()).isEqualTo("Brightway's drone business");
        assertThat(only(TriggerType.ACQUISITION, "Vantor to buy Kelpie for $2 billion",
                "Vantor Corp said it agreed to buy Kelpie Data Systems Inc for $2 billion.").company())
            .isEqualTo("Kelpie Data Systems Inc");
    }

    @Test
    void namesTheIssuerOfAnOfferingAndEachCompanyOfAList() {
        assertThat(only(TriggerType.IPO, "TRELLIS BANK INITIAL OFFERING PRICED", "Underwriter Coombe and Co said "
                + "an initial public offering of 400,000 common shares of Trellis Bank and Trust Co was priced at 9 "
                + "dlrs per share.").company()).isEqualTo("Trellis Bank and Trust Co");
        List<Detection> layoffs = finders.read("Arnley, Bexford Mutual and Castle Line to cut 1,500 jobs", null)
            .detections();
        assertThat(layoffs).extracting(Detection::company)
            .containsExactly("Arnley", "Bexford Mutual", "Castle Line");
    }

    @Test
    void namesEachTargetOfAListAndTheIssuerOfAnIpoOthersTakePartIn() {
        List<Detection> bought = finders.read("Corland Acquires Ebbit, Tarvo For $900 Million", null)
            .detections();
        assertThat(bought).extracting(Detection::company).containsExactly("Ebbit", "Tarvo");
        assertThat(only(TriggerType.IPO, "Keller Partners Announces Closing of Bluewren Acquisition Corp. $90 "
                + "Million IPO", null).company()).isEqualTo("Bluewren Acquisition Corp.");
    }

    @Test
    void placesAnExpansionInATitleCaseHeadlineOrBeforeTheSiteOrFurtherOn() {
        assertThat(location(only(TriggerType.EXPANSION, "Brindlewood Opens Second Office In Leeds", null)))
            .isEqualTo("Leeds");
        assertThat(location(only(TriggerType.EXPANSION, "Corvana, a Lisbon payroll start-up, expands to the U.S.",
                null))).isEqualTo("U.S.");
        assertThat(location(only(TriggerType.EXPANSION, "Harrowgate opens its European plant", null)))
            .isEqualTo("Europe");
        assertThat(location(only(TriggerType.EXPANSION,
                "Tamsin Robotics opens a research centre for warehouse automation in Canada", null)))
            .isEqualTo("Canada");
        assertThat(location(only(TriggerType.EXPANSION, "Pemberly Foods to move its offices to Denver", null)))
            .isEqualTo("Denver");
    }

    @Test
    void readsAnExpansionThatNamesNoPlaceWhenASiteIsOpenedOrCitiesAreCounted() {
        Detection opened = only(TriggerType.EXPANSION, "Tallowmark opens four new warehouses", null);
        Detection counted = only(TriggerType.EXPANSION, "Veltro expands to 12 new cities", null);

        assertThat(opened.company()).isEqualTo("Tallowmark");
        assertThat(location(opened)).isNull();
        assertThat(counted.company()).isEqualTo("Veltro");
        assertThat(only(TriggerType.EXPANSION, "Harlow Rail creates 400 jobs at its new Derby plant", null).company())
            .isEqualTo("Harlow Rail");
        assertThat(types("Saddler opens new chapter in its history", null)).doesNotContain(TriggerType.EXPANSION);
        // sites counted in the plural: "centers" and "booths" as "offices" and "warehouses"
        assertThat(only(TriggerType.EXPANSION, "Brindle Health opens three walk-in care centers", null).company())
            .isEqualTo("Brindle Health");
        assertThat(only(TriggerType.EXPANSION, "QUAYSIDE TESTING OPENS SCREENING BOOTHS",
                "Quayside Testing Inc said it opened six screening booths inside Marlow Pharmacy stores.").company())
            .isEqualTo("Quayside Testing Inc");
    }

    @Test
    void readsAnExpansionByANamedUnitAsTheUnitsButByADescribedOneAsItsOwners() {
        assertThat(only(TriggerType.EXPANSION, "HARLOW FOODS OPENS STORES",
                "Harlow Foods Inc said its Quenby Bakeries Corp unit opened three stores in Ohio.").company())
            .isEqualTo("Quenby Bakeries Corp");
        assertThat(only(TriggerType.EXPANSION, "TARNWELL UNIT BUILDS NEW PLANT",
                "Tarnwell Energy Co said its Vestrel Corp unit will build its first resin plant in Texas.").company())
            .isEqualTo("Vestrel Corp");
        assertThat(only(TriggerType.EXPANSION, "HARLOW FOODS OPENS STORES",
                "Harlow Foods Inc said its bakery unit opened three stores in Ohio.").company())
            .isEqualTo("Harlow Foods Inc");
    }

    @Test
    void endsATitleCaseNameAtAVerbThatEndsInIzes() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Glimmerly Modernizes Payroll With $2 Million", null).company())
            .isEqualTo("Glimmerly");
    }

    @Test
    void endsANameAtItsTrademarkSignAndLeavesTheSignOut() {
        assertThat(only(TriggerType.FUNDING_ROUND, "BRIGHTPATH\u2122 CLOUD DESK RAISES $5 MILLION", null).company())
            .isEqualTo("BRIGHTPATH");
        assertThat(only(TriggerType.FUNDING_ROUND, "Quenwell\u00AE Lands $3 Million Seed Round", null).company())
            .isEqualTo("Quenwell");
    }

    @Test
    void readsTheWholeNameASentenceOpensWithWhereItHoldsASmallCapitalisedWord() {
        assertThat(only(TriggerType.EXPANSION, "Institute For Hearing Care Opens Clinic In Leeds", null).company())
            .isEqualTo("Institute For Hearing Care");
        assertThat(only(TriggerType.EXPANSION, "New Meridian Times to move its Lisbon office to Porto", null).company())
            .isEqualTo("New Meridian Times");
        assertThat(only(TriggerType.EXPANSION, "Grow It Again Gardens is now open in Tilbury", null).company())
            .isEqualTo("Grow It Again Gardens");
        // every type's subject, not only an opening's
        assertThat(only(TriggerType.FUNDING_ROUND, "Institute For Hearing Care Raises $4 Million Series A", null)
            .company()).isEqualTo("Institute For Hearing Care");
        assertThat(only(TriggerType.LAYOFFS, "Bank Of New Harbor To Cut 300 Jobs", null).company())
            .isEqualTo("Bank Of New Harbor");
    }

    @Test
    void readsAnOpeningOrAnExpansionTheCompanyReportsButNotOneItBacks() {
        Detection opening = only(TriggerType.EXPANSION, "Hallam Fitness celebrates grand opening in Saltmarsh", null);
        Detection open = only(TriggerType.EXPANSION, "Brewlane Coffee is now open in Tilbury", null);
        Detection first = only(TriggerType.EXPANSION, "Quorvex makes first major expansion in Peru", null);

        assertThat(opening.company()).isEqualTo("Hallam Fitness");
        assertThat(location(opening)).isEqualTo("Saltmarsh");
        assertThat(open.company()).isEqualTo("Brewlane Coffee");
        assertThat(location(open)).isEqualTo("Tilbury");
        assertThat(location(first)).isEqualTo("Peru");
        assertThat(types("Ferrow Capital backs Quorvex's expansion into Peru", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Tarlow shares open in the red", null)).doesNotContain(TriggerType.EXPANSION);
        assertThat(only(TriggerType.EXPANSION, "Kestrin acquires Dovely to expand into Brazil", null).company())
            .isEqualTo("Kestrin");
    }

    @Test
    void readsAnOpeningOrExpansionAnnouncedInTheBaseFormOrCalledOfficialGrand() {
        Detection announced = only(TriggerType.EXPANSION,
                "Corvella Clinics is delighted to announce its expansion into Norway this spring", null);
        Detection grand = only(TriggerType.EXPANSION, "Tillwright Bakery Hosts Official Grand Opening in Dunmere",
                null);

        assertThat(announced.company()).isEqualTo("Corvella Clinics");
        assertThat(location(announced)).isEqualTo("Norway");
        assertThat(grand.company()).isEqualTo("Tillwright Bakery");
        assertThat(location(grand)).isEqualTo("Dunmere");
        assertThat(types("Ferrow Capital is glad to announce Quorvex's expansion into Peru", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsAnIntegrationOfListedPartnersOrInTitleCaseButNoPronoun() {
        assertThat(partner(only(TriggerType.PARTNERSHIP,
                "Plumeway integrates Kettlebrook, Sorrel, and Vantry into its planner", null)))
            .isEqualTo("Kettlebrook");
        assertThat(partner(only(TriggerType.PARTNERSHIP,
                "Harbinger Health Integrates Quillon Records To Simplify Patient Intake", null)))
            .isEqualTo("Quillon Records");
        assertThat(types("Dorvane Buys Two Apps and Integrates Them Into Its Suite", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void namesAPartnerBeforeTheDealsNounAfterADealSignedOrInAnIntegration() {
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Orlina announces Kestrel Bank team-up", null)))
            .isEqualTo("Kestrel Bank");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Drumlin signs deal with Fenwick Media to stream its "
                + "concerts", null))).isEqualTo("Fenwick Media");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Halvard integrates Pinemoss into its checkout", null)))
            .isEqualTo("Pinemoss");
        Detection pair = only(TriggerType.PARTNERSHIP, "Quorra, Tindale team on battery recycling", null);
        assertThat(pair.company()).isEqualTo("Quorra");
        assertThat(partner(pair)).isEqualTo("Tindale");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "SELLWICK IN STEEL JOINT VENTURE",
                "Sellwick Inc will establish an equal joint venture with Marrow Steel Corp for pipe making, it said.")))
            .isEqualTo("Marrow Steel Corp");
        Detection it = only(TriggerType.PARTNERSHIP, "DUNHOLT, KERRAWAY JOINT VENTURE",
                "Dunholt Inc reported that it and Kerraway Corp have formed a roofing-panel joint venture.");
        assertThat(it.company()).isEqualTo("Dunholt Inc");
        assertThat(partner(it)).isEqualTo("Kerraway Corp");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Tarnwell enters into ‘strategic alliance’ with Obrey Labs",
                null))).isEqualTo("Obrey Labs");
    }

    @Test
    void readsAPartnerDescribedButNotNamedAndAPairJoinedByALostAmpersand() {
        Detection described = only(TriggerType.PARTNERSHIP, "Drumlin signs deal with cinema chain to show its films",
                null);
        assertThat(described.company()).isEqualTo("Drumlin");
        assertThat(partner(described)).isNull();
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Orvane partners with leading discount retailer to run its "
                + "ads", "Orvane, the ad software firm, is glad to unveil its new partnership with Dollbury Stores, "
                + "a big grocer."))).isEqualTo("Dollbury Stores");
        assertThat(types("Drumlin signs deal with cinema chain to buy its screens", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        Detection pair = only(TriggerType.PARTNERSHIP, "Corvane amp; Tellis Team Up on Ad Tools", null);
        assertThat(pair.company()).isEqualTo("Corvane");
        assertThat(partner(pair)).isEqualTo("Tellis");
    }

    @Test
    void takesAProductTwoCompaniesLaunchTogetherForAPartnership() {
        Detection together = only(TriggerType.PARTNERSHIP, "Halvane Suites and Poddle Launch Room Service App", null);
        assertThat(together.company()).isEqualTo("Halvane Suites");
        assertThat(partner(together)).isEqualTo("Poddle");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Trevik and Ombray to Debut Card Reader at Fintech Week",
                null))).isEqualTo("Ombray");
        assertThat(types("Tarsel, Quibb and Morrow unveil new headsets", null)).doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Game Arena Featuring Tokens and Badges to Launch on Corvo Play", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Pell Harbor & Co will launch a savings account", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void takesNoPartnerThatIsADepartmentOrAnExpertEngaged() {
        assertThat(types("Greenlow Lawns Helps Fire Crews Train",
                "Greenlow Lawns is glad to share its recent collaboration with the Ashby Fire Department on a drill."))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Brightmop Renews Its Website",
                "Brightmop unveils its new website in collaboration with noted branding expert Lorna Pike."))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void endsAPartnersNameAtATitleCaseVerbOfMoneyPut() {
        assertThat(only(TriggerType.PARTNERSHIP, "Veltis Mobility Put $40M Into Lumo, Inks Charging Alliance", null)
            .company()).isEqualTo("Veltis Mobility");
    }

    @Test
    void readsADealToBringAPartnersProductOrOnesOwnToAPartner() {
        Detection brought = only(TriggerType.PARTNERSHIP, "Vantry signs deal to bring Ostrel maps to Brazil", null);
        Detection broughtTo = only(TriggerType.PARTNERSHIP,
                "Corbel Tours raises $4 million, inks pact to bring its walks and tastings to Lumo Travel", null);

        assertThat(brought.company()).isEqualTo("Vantry");
        assertThat(partner(brought)).isEqualTo("Ostrel");
        assertThat(broughtTo.company()).isEqualTo("Corbel Tours");
        assertThat(partner(broughtTo)).isEqualTo("Lumo Travel");
        assertThat(types("Vantry signs deal to bring its kiosks to Brazil", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void takesAJointVentureTheCompanySetsUpWithoutAVerbOfPartnering() {
        Detection invested = only(TriggerType.PARTNERSHIP, "Tarvish Foods will invest $30 million in two joint "
                + "ventures with Morrel Grain", null);
        Detection pair = only(TriggerType.PARTNERSHIP, "Corbin Metals and Pellis Chemical yesterday established "
                + "Norway's first marine coating joint venture", null);
        Detection it = only(TriggerType.PARTNERSHIP, "DUNMORE RAIL STARTS AXLE PLANT", "Dunmore Rail Inc said it and "
                + "Halse Steel Co are now building a joint venture axle plant in Dayton, Ohio.");

        assertThat(invested.company()).isEqualTo("Tarvish Foods");
        assertThat(partner(invested)).isEqualTo("Morrel Grain");
        assertThat(pair.company()).isEqualTo("Corbin Metals");
        assertThat(partner(pair)).isEqualTo("Pellis Chemical");
        assertThat(it.company()).isEqualTo("Dunmore Rail Inc");
        assertThat(partner(it)).isEqualTo("Halse Steel Co");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Quillon App Invests In Casual Games With New $15M "
                + "Joint Venture", null))).isNull();
        assertThat(types("Vellum Corp has built up its stake in their joint venture", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("ALERT: Hale & Hale, LLP Reviews Claims", "Hale & Hale, LLP Securities Litigation Partner Jo "
                + "Marsh Urges Investors Who Lost Money To Call Her")).doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAListThatHasJoinedToSetSomethingUpAndAWireHeadlinesJointVenture() {
        Detection joined = only(TriggerType.PARTNERSHIP, "Norwick Telecom, Abela Mobile and Strand Networks have "
                + "joined to set up roaming for travellers", null);
        assertThat(joined.company()).isEqualTo("Norwick Telecom");
        assertThat(partner(joined)).isEqualTo("Strand Networks");
        assertThat(only(TriggerType.PARTNERSHIP, "PELLAND CORP <PLD> IN JOINT VENTURE", "Pelland Corp, a maker of "
                + "valves, agreed an exclusive sales and technology sharing pact with <Ormet Inc>.").company())
            .isEqualTo("Pelland Corp");
        assertThat(types("TARBELL <TRB> IN CAPITAL JOINT VENTURE", "Tarbell Inc, a Texas drilling firm, put two mln "
                + "dlrs into a joint venture capital fund led by Orrin Partners."))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsALedeThatOpensWithTheHeadlineCompanysTradeAsThatCompany() {
        Detection described = only(TriggerType.PARTNERSHIP, "Orvell Opens New Lab",
                "Chip giant teams with Dannet Labs to speed up its servers.");
        assertThat(described.company()).isEqualTo("Orvell");
        assertThat(partner(described)).isEqualTo("Dannet Labs");
    }

    @Test
    void readsAPairInAVentureAsPartners() {
        Detection pair = only(TriggerType.PARTNERSHIP, "Orlen Motors, Vasko in venture", null);
        assertThat(pair.company()).isEqualTo("Orlen Motors");
        assertThat(partner(pair)).isEqualTo("Vasko");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Orlen and Vasko in new venture to make tyres", null)))
            .isEqualTo("Vasko");
        assertThat(types("Orlen, Vasko in venture capital talks", null)).doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void takesNoDealOfNoStatedKindForAPartnershipWhenItBuysOrIsNonBinding() {
        assertThat(types("Drumlin signs deal with Fenwick Media to buy its radio unit", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Drumlin signs non-binding memorandum of understanding with Fenwick Media", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Brightpane integrates advanced AI into its planner", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAPairThatSignsADealOrIsDescribedAndAPairNamedBeforeItsDeal() {
        Detection signed = only(TriggerType.PARTNERSHIP, "GARVEN, TOLLUND SIGN PACT",
                "Garven Tyres and Tollund Corporation have signed an agreement to open a tyre mill.");
        assertThat(signed.company()).isEqualTo("Garven Tyres");
        assertThat(partner(signed)).isEqualTo("Tollund Corporation");
        assertThat(types("Orlin and Vesta Corp signed an agreement to sell the Akron mill", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Estonia and Chile signed a barter pact", null)).doesNotContain(TriggerType.PARTNERSHIP);
        Detection described = only(TriggerType.PARTNERSHIP, "Chip news",
                "Memory chip rivals Korvane and Saltash Electric will join forces on wafer technology.");
        assertThat(described.company()).isEqualTo("Korvane");
        assertThat(partner(described)).isEqualTo("Saltash Electric");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Paywell and Tunecrate link-up", null)))
            .isEqualTo("Tunecrate");
        assertThat(types("Paywell and Tunecrate partnership reaches 50 apps", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void takesNoPartnershipHeldAlreadyAPromotionBoughtOrAnAthletesTeamUp() {
        assertThat(finders.read("Rifts appear in Orvane's partnership with Kessel AI", null).ruledOut())
            .contains(TriggerType.PARTNERSHIP);
        assertThat(types("Brennic to sell stake",
                "Brennic AG is selling its 40 percent stake in their joint venture with Tarlow Foods to its partner."))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Quenby Partners With Lumio Digital To Reach Investors As Featured Company",
                null)).doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Crumble's and All-Star Jada Penn Team Up for a Shoe Collection", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Meet the Makers at Dovecote Expo - Partner with Lintel Print", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Dovecote to Partner with Lintel Print", null)))
            .isEqualTo("Lintel Print");
    }

    @Test
    void readsAProductACompanyIsToOfferButNotThePurposeOfADeal() {
        Detection offered = only(TriggerType.PRODUCT_LAUNCH, "Pellucid to offer browser-based backup console", null);

        assertThat(offered.company()).isEqualTo("Pellucid");
        assertThat(product(offered)).isEqualTo("browser-based backup console");
        assertThat(types("Kestrin Acquires Dovely To Offer Fleet Tracking Platform", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Tarlow to offer $12 a share for Brindle", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsLaunchesAPressReleaseAnnouncesAndProductsNamedFirst() {
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH,
                "Brightpane today announced the launch of Lumen Desk, a scheduling app for clinics", null)))
            .isEqualTo("Lumen Desk");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH,
                "Tessory widens its catalogue with the launch of Quire, a note-taking tablet", null)))
            .isEqualTo("Quire");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Corvid Labs open-sources its Ferret compiler", null)))
            .isEqualTo("Ferret compiler");
        Detection available = only(TriggerType.PRODUCT_LAUNCH, "Ostrel Planner is now available across Android phones",
                null);
        assertThat(available.company()).isEqualTo("Ostrel");
        assertThat(product(available)).isEqualTo("Ostrel Planner");
        assertThat(types("Brightpane's open-source tools win praise", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Kettleby announces its new chief operating officer, Ana Ruiz", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Debut novel \"Salt Orchard\" by Mara Quill now available", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsOneSiteAcrossAnAndThatJoinsItsDescribingWords() {
        Detection centre = only(TriggerType.EXPANSION, "Corbin Tools opened a repair and training centre in Leeds",
                null);
        assertThat(centre.company()).isEqualTo("Corbin Tools");
        assertThat(location(centre)).isEqualTo("Leeds");
        assertThat(only(TriggerType.EXPANSION, "Harwell Pictures will open a sound and film studio in Oslo", null)
            .company()).isEqualTo("Harwell Pictures");
        assertThat(only(TriggerType.EXPANSION, "Lantern Screens opens eight-screen cinema", null).company())
            .isEqualTo("Lantern Screens");
    }

    @Test
    void readsARelocatedHeadquartersAndNewRoutesAsExpansions() {
        Detection moved = only(TriggerType.EXPANSION, "Fennick Labs to relocate its corporate headquarters", null);
        assertThat(moved.company()).isEqualTo("Fennick Labs");
        assertThat(location(moved)).isNull();
        assertThat(location(only(TriggerType.EXPANSION, "Skyhaven Air starts daily flights to Lisbon", null)))
            .isEqualTo("Lisbon");
        assertThat(types("Skyhaven Air starts daily flights to more customers", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void namesTheFirstOfTwoCompaniesThatOpenASiteTogether() {
        assertThat(only(TriggerType.EXPANSION, "Norvik Pumps said it and Tessaly Works Ltd started building a valve "
                + "plant in Leeds", null).company()).isEqualTo("Norvik Pumps");
        assertThat(only(TriggerType.EXPANSION, "Norway's Vellmar Oil and Chile's Quintero Gas will build a plant in "
                + "Antofagasta", null).company()).isEqualTo("Vellmar Oil");
    }

    @Test
    void namesTheCompanyWhoseSiteAPersonOpensOrWhoseDescribedUnitOpensOne() {
        assertThat(only(TriggerType.EXPANSION, "Dana Whitby to open Corvane R&D plant in Lyon", null).company())
            .isEqualTo("Corvane");
        assertThat(only(TriggerType.EXPANSION, "Pellham's Payments Business Will Open Its Hub In Porto", null)
            .company()).isEqualTo("Pellham");
    }

    @Test
    void readsAnOfficeMovedByPartOrByNameAndAMoveIntoNewOrOutOfOldPremises() {
        assertThat(location(only(TriggerType.EXPANSION, "Pellworth Media is shifting part of its Lisbon office to Porto",
                null))).isEqualTo("Porto");
        assertThat(location(only(TriggerType.EXPANSION, "Quantock Insurance moves its Leeds office to Dublin", null)))
            .isEqualTo("Dublin");
        Detection into = only(TriggerType.EXPANSION, "Drummond Freight moves into new headquarters", null);
        assertThat(into.company()).isEqualTo("Drummond Freight");
        assertThat(location(into)).isNull();
        assertThat(only(TriggerType.EXPANSION, "Orrin Savings to move out of its Glasgow head office", null).company())
            .isEqualTo("Orrin Savings");
    }

    @Test
    void readsAUnitSetUpInAPlaceAndServicesOrOperationsCarriedToOne() {
        Detection unit = only(TriggerType.EXPANSION, "Harrowfield Capital said it formed a Lisbon-based leasing unit",
                null);
        assertThat(unit.company()).isEqualTo("Harrowfield Capital");
        assertThat(location(unit)).isEqualTo("Lisbon");
        assertThat(location(only(TriggerType.EXPANSION,
                "Kestwick Freight has set up two leasing firms, one in Oslo and one in Bergen", null)))
            .isEqualTo("Oslo");
        assertThat(types("Varden Motors formed a joint venture firm with Orrin Steel", null))
            .doesNotContain(TriggerType.EXPANSION);
        Detection services = only(TriggerType.EXPANSION,
                "Tolland Plumbing celebrates the expansion of their home repair services into Bristol", null);
        assertThat(services.company()).isEqualTo("Tolland Plumbing");
        assertThat(location(services)).isEqualTo("Bristol");
        Detection moved = only(TriggerType.EXPANSION,
                "The hiring follows the relocation of Quenby Paper's research operations to Uppsala", null);
        assertThat(moved.company()).isEqualTo("Quenby Paper");
        assertThat(location(moved)).isEqualTo("Uppsala");
    }

    @Test
    void readsANewSiteTheCompanyOwnsInAPlaceButNotOneWhereSomethingElseHappens() {
        Detection owned = only(TriggerType.EXPANSION,
                "Marrow Solar says its first plant in Vietnam has begun making roof tiles", null);
        assertThat(owned.company()).isEqualTo("Marrow Solar");
        assertThat(location(owned)).isEqualTo("Vietnam");
        assertThat(types("Delling Bank held the meeting at its new headquarters in Leeds", null))
            .doesNotContain(TriggerType.EXPANSION);
        Detection opensTheSentence = only(TriggerType.EXPANSION,
                "The new depot, located in Tarnow, is to serve Quillmere's buyers across Poland", null);
        assertThat(opensTheSentence.company()).isEqualTo("Quillmere");
        assertThat(location(opensTheSentence)).isEqualTo("Tarnow");
        assertThat(location(only(TriggerType.EXPANSION, "Orvid Air said it will add a mini-hub in Tampa", null)))
            .isEqualTo("Tampa");
        assertThat(location(only(TriggerType.EXPANSION, "Crumbwell Bakery to open Leeds’s first vegan bakery", null)))
            .isEqualTo("Leeds");
        assertThat(types("Pellucid Mining said its survey crew has arrived in Peru", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsNoExpansionOfThePartnerADealIsMadeWithToBuildASite() {
        assertThat(types("Kestrel Oil teamed up with Brenmoor Chemicals to open a resin mill in Norway", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(only(TriggerType.EXPANSION, "Kestrel Oil opens a resin mill in Norway with Brenmoor Chemicals", null)
            .company()).isEqualTo("Kestrel Oil");
    }

    @Test
    void readsAPresenceGrownInAPlaceWithoutASite() {
        Detection grown = only(TriggerType.EXPANSION, "Fenwright Analytics strengthens its presence in Poland", null);
        assertThat(grown.company()).isEqualTo("Fenwright Analytics");
        assertThat(location(grown)).isEqualTo("Poland");
        assertThat(types("Fenwright Analytics strengthens its presence in retail", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsAPresenceGrownInAKnownPlaceNamedBeforeIt() {
        Detection grown = only(TriggerType.EXPANSION, "Quillmore Dental Expands NY Presence with Two Partners", null);
        assertThat(grown.company()).isEqualTo("Quillmore Dental");
        assertThat(location(grown)).isEqualTo("NY");
        assertThat(location(only(TriggerType.EXPANSION, "Ashgrove Tiles grows its Irish footprint", null)))
            .isEqualTo("Ireland");
        assertThat(types("Ashgrove Tiles boosts its online presence with a new shop app", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsANewSiteOfANamedKindOpenedWithoutAPlaceButNotANeededOne() {
        assertThat(only(TriggerType.EXPANSION, "Orvex opens new robotics lab", null).company()).isEqualTo("Orvex");
        assertThat(types("Orvex opens new web site", null)).doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Pellora needed to open stores to win shoppers, its founder says", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsANewSiteAfterWithAndAPlaceDowntownInAnyCase() {
        assertThat(location(only(TriggerType.EXPANSION,
                "Kestrel Robotics gears up for growth with new design studio in Leeds", null))).isEqualTo("Leeds");
        assertThat(types("Kestrel Robotics plans growth with new studio in Leeds", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(location(only(TriggerType.EXPANSION, "Ferncliff Legal Opens Office In Downtown Denver", null)))
            .isEqualTo("Denver");
        assertThat(location(only(TriggerType.EXPANSION, "HARLOW GYMS EXPANDS PRESENCE IN DOWNTOWN DENVER", null)))
            .isEqualTo("DENVER");
    }

    @Test
    void readsAClauseAnAppositiveCallsTheCompanysFirstExpansion() {
        Detection first = only(TriggerType.EXPANSION,
                "Tamsin Pay launches card payments in Chile, its first overseas expansion in two years", null);
        assertThat(first.company()).isEqualTo("Tamsin Pay");
        assertThat(location(first)).isEqualTo("Chile");
        assertThat(types("Tamsin Pay shares rise in Chile, its first gain in two years", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void rulesOutTheExpansionMoneyIsRaisedFor() {
        assertThat(finders.read("Tamberly gets $4M to open a training centre for nurses", null).ruledOut())
            .contains(TriggerType.EXPANSION);
        assertThat(finders.read("Dovecote Pay raises $9M to expand into Chile", null).ruledOut())
            .contains(TriggerType.EXPANSION);
        assertThat(finders.read("Dovecote Pay opens an office in Chile", null).ruledOut())
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsASiteAnnouncedOrCreatedOnlyRightAfterTheVerbAndNew() {
        assertThat(location(only(TriggerType.EXPANSION, "Caldera Games announces new Dublin studio", null)))
            .isEqualTo("Dublin");
        assertThat(location(only(TriggerType.EXPANSION, "Hesketh Software creates a support hub in Lisbon", null)))
            .isEqualTo("Lisbon");
        assertThat(types("Brantley Foods announces London office closure", null)).doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Tolliver Therapeutics Announces Patent Office Ruling On Its Lead Drug", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Brantley Foods announces a new finance chief for its Madrid office", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Marlowe Steel completes plant sale in Ohio", null)).doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsJobsCreatedAtANewSiteAsAnExpansionButNotAPersonsOwnShop() {
        assertThat(only(TriggerType.EXPANSION, "Halvard Films to create 300 jobs with a new Kentish studio", null)
            .company()).isEqualTo("Halvard Films");
        assertThat(location(only(TriggerType.EXPANSION, "Brightlocks Hair opens new salon in Leeds", null)))
            .isEqualTo("Leeds");
        assertThat(types("Jana Kostel opens her new salon in Leeds", null)).doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsASiteThatOpensAsTheSubjectOfItsOwnerOrOfWhoOpenedIt() {
        Detection owned = only(TriggerType.EXPANSION, "Larkspur Pay's first Nordic office opens in Oslo", null);
        assertThat(owned.company()).isEqualTo("Larkspur Pay");
        assertThat(location(owned)).isEqualTo("Oslo");
        Detection passive = only(TriggerType.EXPANSION, "New design centre opened by toolmaker Gretton in Lyon", null);
        assertThat(passive.company()).isEqualTo("Gretton");
        assertThat(location(passive)).isEqualTo("Lyon");
        assertThat(types("Scotland's largest solar farm opens in Fife", null)).doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsAKnownPlaceChosenForASiteAndAnEntryTheCompanyMarks() {
        assertThat(location(only(TriggerType.EXPANSION, "Cell maker Ostrava Power picks Ohio for $900 million plant",
                null))).isEqualTo("Ohio");
        assertThat(types("Corvin Motors picks Dalworth for its battery plant", null))
            .doesNotContain(TriggerType.EXPANSION);
        Detection entry = only(TriggerType.EXPANSION, "Brindle Foods buys bakery chain Crumbsy, marking its entry into "
                + "Portugal", null);
        assertThat(entry.company()).isEqualTo("Brindle Foods");
        assertThat(location(entry)).isEqualTo("Portugal");
    }

    @Test
    void readsAnUnknownPlaceAsOneWhereSitesAreNamedAfterItAndTheBaseFormAfterWill() {
        assertThat(location(only(TriggerType.EXPANSION, "Grocer Fennimart expands to Kestwick with 12 stores", null)))
            .isEqualTo("Kestwick");
        assertThat(types("Grocer Fennimart expands to Quickpay with new features", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(location(only(TriggerType.EXPANSION, "Norrland Cloud will launch a data centre region in Chile",
                null))).isEqualTo("Chile");
        assertThat(location(only(TriggerType.EXPANSION, "Tavish Mining will establish a refinery in Ghana", null)))
            .isEqualTo("Ghana");
    }

    @Test
    void takesNoAdditionToASiteNorASiteWhereSomethingElseIsMadeForAnExpansion() {
        assertThat(types("Corliss Chemical to build plant addition in Ohio", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Veyra Cells begins building batteries inside its Tarnow factory", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Pellora launches Store Credit Plus in Mexico", null)).doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void takesNoDealOrProductNamedAfterASiteWordForAnExpansion() {
        assertThat(types("Dorrance completes acquisition of Location Data Firm Pintail", null))
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Brackton Unveils New Media Center PC", null)).doesNotContain(TriggerType.EXPANSION);
        assertThat(types("HALDEN COMPLETES MARLOW STORE BUY", null)).doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsACompanyChosenAsDistributorOrPartnerButNotAsSupplierOrRank() {
        Detection distributor = only(TriggerType.PARTNERSHIP, "Trellis names Quorin Labs its exclusive UK distributor",
                null);
        assertThat(distributor.company()).isEqualTo("Trellis");
        assertThat(partner(distributor)).isEqualTo("Quorin Labs");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Pinecrest selects Halvard Systems as payments partner",
                null))).isEqualTo("Halvard Systems");
        Detection reseller = only(TriggerType.PARTNERSHIP,
                "Delmar Supply was appointed the official reseller for Kestrel Software", null);
        assertThat(reseller.company()).isEqualTo("Delmar Supply");
        assertThat(partner(reseller)).isEqualTo("Kestrel Software");
        Detection becomes = only(TriggerType.PARTNERSHIP,
                "Marrow Tools will become the sole distributor for Fenwick Pumps in Canada", null);
        assertThat(becomes.company()).isEqualTo("Marrow Tools");
        assertThat(partner(becomes)).isEqualTo("Fenwick Pumps");
        assertThat(types("Brackwell names Jane Doe managing partner", null)).doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Orlin selects Vantis as its cloud provider", null)).doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAPartnershipWithAnAmountAPlaceBasedPartnerOrANamedVenture() {
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Harlan agrees £40m logistics deal with Brisko", null)))
            .isEqualTo("Brisko");
        assertThat(partner(only(TriggerType.PARTNERSHIP,
                "Torvik sets up a pipe-making joint venture with Lyon, France-based Marchetti Industries", null)))
            .isEqualTo("Marchetti Industries");
        assertThat(partner(only(TriggerType.PARTNERSHIP,
                "Ostrel creates a shipping joint venture called Ostrel Maritime with Dunmore Shipping", null)))
            .isEqualTo("Dunmore Shipping");
        assertThat(partner(only(TriggerType.PARTNERSHIP,
                "Nerova launches routing software, developed in cooperation with Baltic Rail", null)))
            .isEqualTo("Baltic Rail");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Corvel and Ashby team up to buy Lantern Media", null)))
            .isEqualTo("Ashby");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Ondra joins with Pellham Cloud on server support", null)))
            .isEqualTo("Pellham Cloud");
        Detection pair = only(TriggerType.PARTNERSHIP, "Orvane and Delphi Tools, a Marlow company, form joint venture",
                null);
        assertThat(pair.company()).isEqualTo("Orvane");
        assertThat(partner(pair)).isEqualTo("Delphi Tools");
        assertThat(types("Strikes hit Lisbon, in collaboration with Spain", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAProductThatArrivesSomewhereAsALaunchNotAnExpansion() {
        Detection app = only(TriggerType.PRODUCT_LAUNCH, "Lumo's note-taking app comes to Android", null);
        assertThat(app.company()).isEqualTo("Lumo");
        assertThat(product(app)).isEqualTo("note-taking app");
        assertThat(types("Pelican Maps' travel app launches in Japan", null))
            .contains(TriggerType.PRODUCT_LAUNCH)
            .doesNotContain(TriggerType.EXPANSION);
        assertThat(types("The new app comes to Android", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAProductByItsBrandsEndingOrAsACompanysNewKindOfProduct() {
        Detection pay = only(TriggerType.PRODUCT_LAUNCH, "Quillo Pay launches in Kenya", null);
        assertThat(product(pay)).isEqualTo("Quillo Pay");
        assertThat(types("Quillo Pay launches in Kenya", null)).doesNotContain(TriggerType.EXPANSION);
        assertThat(types("Tarvo Freight launches in Kenya", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        Detection tool = only(TriggerType.PRODUCT_LAUNCH, "Lumo's new AI tool sorts your photos by mood", null);
        assertThat(tool.company()).isEqualTo("Lumo");
        assertThat(product(tool)).isEqualTo("AI tool");
        assertThat(only(TriggerType.PRODUCT_LAUNCH, "New Quarvo Mail Feature Hides Old Threads", null).company())
            .isEqualTo("Quarvo");
        assertThat(types("Quarvo's new CEO says growth will return", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Quarvo's new plan cuts costs", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAProductOpenedToOthersAndShipmentsAllOfAListWillMake() {
        Detection opened = only(TriggerType.PRODUCT_LAUNCH, "Norvik to open its Wren assistant to outside developers",
                null);
        assertThat(opened.company()).isEqualTo("Norvik");
        assertThat(product(opened)).isEqualTo("Wren assistant");
        assertThat(types("Norvik opens office to serve other clients", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(finders.read("Norvik, Tarvo and Brem will all ship rugged headsets", null).detections())
            .extracting(Detection::company)
            .containsExactly("Norvik", "Tarvo", "Brem");
    }

    @Test
    void readsAReleaseOrDebutAnnouncedAndNoLaunchOfWhatIsDescribedAsACampaignOrGuide() {
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH,
                "Tessory widens its catalogue with the release of Quire, a note-taking tablet", null)))
            .isEqualTo("Quire");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH,
                "Kestrel Foods announces the worldwide debut of Moxa Bowls, a fast-casual concept", null)))
            .isEqualTo("Moxa Bowls");
        assertThat(types("Kelso Optical launches \"Walk Tall,\" a brand awareness campaign", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Corvid Labs will begin shipping its Tern 5 scanner",
                null))).isEqualTo("Tern 5 scanner");
        assertThat(types("Halvard Grain to ship 30,000 tonnes of barley to Egypt", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Ardent Advisory unveils comprehensive guide to pension options", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Raddle launches Stage 2 of its three-year growth strategy.", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAcquisitionsToldWithoutAnActiveBuyingVerb() {
        Detection passive = only(TriggerType.ACQUISITION, "Corvane Systems acquired for $40 million by Halvex Group",
                null);
        assertThat(((TriggerDetails.Acquisition) passive.details()).acquirer()).isEqualTo("Halvex Group");
        assertThat(passive.company()).isEqualTo("Corvane Systems");
        assertThat(only(TriggerType.ACQUISITION, "Tallow Foods takes control of Pinemarsh Dairy", null).company())
            .isEqualTo("Pinemarsh Dairy");
        assertThat(only(TriggerType.ACQUISITION, "Orrin Labs to acquire 75 pct of Quarry Bio", null).company())
            .isEqualTo("Quarry Bio");
        assertThat(only(TriggerType.ACQUISITION, "Kestrel Media pays $120 million for Lumo Studios", null).company())
            .isEqualTo("Lumo Studios");
        Detection via = only(TriggerType.ACQUISITION,
                "Marrow Health expands into diagnostics with acquisition of Pellis Labs", null);
        assertThat(((TriggerDetails.Acquisition) via.details()).acquirer()).isEqualTo("Marrow Health");
        assertThat(via.company()).isEqualTo("Pellis Labs");
        Detection approved = only(TriggerType.ACQUISITION, "Delvin Corp shareholders approve merger with Halmark Inc",
                null);
        assertThat(((TriggerDetails.Acquisition) approved.details()).acquirer()).isEqualTo("Halmark Inc");
        assertThat(approved.company()).isEqualTo("Delvin Corp");
        Detection described = only(TriggerType.ACQUISITION, "Halvane acquires a Danish payments startup", null);
        assertThat(((TriggerDetails.Acquisition) described.details()).acquirer()).isEqualTo("Halvane");
        assertThat(described.company()).isNull();
        only(TriggerType.ACQUISITION, "Fenwick Retail completes sale of its outdoor gear business", null);
    }

    @Test
    void readsACompanyBoughtByAnUntoldBuyerOrWoundDownByItsBuyer() {
        Detection untold = only(TriggerType.ACQUISITION, "Pellis, maker of soil sensors for vineyards, gets acquired",
                null);
        assertThat(untold.company()).isEqualTo("Pellis");
        assertThat(((TriggerDetails.Acquisition) untold.details()).acquirer()).isNull();
        Detection shut = only(TriggerType.ACQUISITION, "Quarry Lane To Be Bought And Wound Down By Halvex", null);
        assertThat(shut.company()).isEqualTo("Quarry Lane");
        assertThat(((TriggerDetails.Acquisition) shut.details()).acquirer()).isEqualTo("Halvex");
        assertThat(types("Norvale has been acquiring parts makers", null)).doesNotContain(TriggerType.ACQUISITION);
    }

    @Test
    void leavesOutPurchasesOfPropertyInterestsAndSharesSoldToInvestors() {
        assertThat(types("Gravel Peak Capital acquires 48-unit apartment property for $12 million", null))
            .doesNotContain(TriggerType.ACQUISITION);
        assertThat(types("Tessel Energy acquires equity interest in Brookline Solar", null))
            .doesNotContain(TriggerType.ACQUISITION);
        assertThat(types("Orvane Inc sold 3 mln new shares privately to Halden Partners", null))
            .doesNotContain(TriggerType.ACQUISITION);
        assertThat(only(TriggerType.FUNDING_ROUND, "Orvane Inc sold 3 mln new shares privately to "
                + "Halden Partners", null).company()).isEqualTo("Orvane Inc");
    }

    @Test
    void readsACompanyDescribedByItsTradeAndABrandWrittenInLowerCase() {
        assertThat(only(TriggerType.ACQUISITION, "Halvane buys power equipment maker Tessaly Lift", null).company())
            .isEqualTo("Tessaly Lift");
        assertThat(only(TriggerType.ACQUISITION, "Corvex Acquires Real Estate Listings Site Homara", null).company())
            .isEqualTo("Homara");
        Detection brand = only(TriggerType.ACQUISITION, "Brindle Media acquires zentrix", null);
        assertThat(brand.company()).isEqualTo("zentrix");
        assertThat(((TriggerDetails.Acquisition) brand.details()).acquirer()).isEqualTo("Brindle Media");
        assertThat(only(TriggerType.ACQUISITION, "Brindle Media buys tallo for $5 million", null).company())
            .isEqualTo("tallo");
        assertThat(types("Brindle Media buys worldwide", null)).doesNotContain(TriggerType.ACQUISITION);
        // a brand may end as a word of place or manner does ("in", "up"): only the whole word is none
        assertThat(only(TriggerType.ACQUISITION, "Brindle Media acquires quorin", null).company()).isEqualTo("quorin");
        assertThat(types("Orvane Foods to buy into Kestwick bakery firm", null))
            .doesNotContain(TriggerType.ACQUISITION);
        assertThat(types("Halvane buys power group stake", null)).doesNotContain(TriggerType.ACQUISITION);
    }

    @Test
    void leavesOutAHyphenatedMinorityShareAWireSourceAndADealWordEndingAName() {
        assertThat(types("Pellam Oil agreed to buy a 14-pct holding of Quarry Gas Corp", null))
            .doesNotContain(TriggerType.ACQUISITION);
        assertThat(types("GRAIN TRADERS STEP UP PURCHASES -- MINISTRY", null)).doesNotContain(TriggerType.ACQUISITION);
        assertThat(types("HALVEX GROWS IN DOWNTOWN LEEDS, UK WITH STRATEGIC ACQUISITION", null))
            .doesNotContain(TriggerType.ACQUISITION);
    }

    @Test
    void readsRoundsInvestmentsAndListingLinesButNotRoundsInProgressLoansOrPublicOfferings() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Harlow Ventures invests in Quillbit", null).company())
            .isEqualTo("Quillbit");
        Detection line = only(TriggerType.FUNDING_ROUND, "Brindle Analytics, Inc.: Series B $14.5M", null);
        assertThat(line.company()).isEqualTo("Brindle Analytics");
        assertThat(((TriggerDetails.Funding) line.details()).round()).isEqualTo("SERIES_B");
        assertThat(types("Pellucid Health is raising $30M to expand in Europe", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Corva Pharma raises $40M through public offering", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Corva Pharma secures $20 million loan from Eastgate Bank", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsListingsUnderwayOrCelebratedAndPlansOnlyBeforeTheListing() {
        assertThat(only(TriggerType.IPO, "Velora Systems celebrates IPO on Nasdaq", null).company())
            .isEqualTo("Velora Systems");
        assertThat(only(TriggerType.IPO, "Lantern Bio IPO raises $90 million with plans for new labs", null)
            .company()).isEqualTo("Lantern Bio");
        assertThat(only(TriggerType.IPO, "QUENBY CORP INITIAL OFFERING UNDERWAY", "Quenby Corp said its initial "
                + "offering of 1,500,000 shares priced at 7 dlrs each is underway.").company())
            .isEqualTo("Quenby Corp");
        assertThat(types("Lantern Bio plans IPO to raise $90 million", null)).doesNotContain(TriggerType.IPO);
    }

    @Test
    void readsJobsLostWithAClosureAndCountsAfterAtLeast() {
        Detection closure = only(TriggerType.LAYOFFS, "Orchard Home to close 40 stores with loss of 900 jobs", null);
        assertThat(closure.company()).isEqualTo("Orchard Home");
        assertThat(((TriggerDetails.Layoffs) closure.details()).headcount()).isEqualTo(900);
        assertThat(((TriggerDetails.Layoffs) only(TriggerType.LAYOFFS, "Brevik Motors to axe at least 1,200 jobs",
                null).details()).headcount()).isEqualTo(1200);
        assertThat(types("Brevik Motors plan leaves at least 1,200 jobs at risk", null))
            .doesNotContain(TriggerType.LAYOFFS);
    }

    @Test
    void readsARoleToldAsWhatIsLedAndFoundersWhoLeave() {
        Detection lead = only(TriggerType.EXECUTIVE_HIRE, "Norvik Software hires Dana Pell to lead its payments "
                + "division", null);
        assertThat(lead.company()).isEqualTo("Norvik Software");
        assertThat(Details.personOf(lead)).isEqualTo("Dana Pell");
        assertThat(category(lead)).isEqualTo(RoleCategory.GM);
        assertThat(types("Norvik Software hires Dana Pell to lead its design team", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        Detection founder = only(TriggerType.LEADERSHIP_DEPARTURE, "Tallis Robotics co-founder Mara Quinn leaves the "
                + "company", null);
        assertThat(founder.company()).isEqualTo("Tallis Robotics");
        assertThat(Details.personOf(founder)).isEqualTo("Mara Quinn");
    }

    @Test
    void readsANamePastAPlaceThatOwnsItAndALowerCaseBrandBeforeItsLegalForm() {
        assertThat(only(TriggerType.ACQUISITION, "Larkfield buys Japan's Q&Q Media for $20 million", null).company())
            .isEqualTo("Q&Q Media");
        assertThat(only(TriggerType.ACQUISITION, "Korin to acquire lumo-tek GmbH", null).company())
            .isEqualTo("lumo-tek GmbH");
    }

    @Test
    void readsGmOpeningASentenceAsTheCarmakerAndAPlaceOfBusinessAsNoName() {
        assertThat(only(TriggerType.PARTNERSHIP, "GM teams up with Brasco on robots", null).company())
            .isEqualTo("GM");
        assertThat(Sentence.of("Acme GM Jane Doe steps down").leadingName()).isEqualTo("Acme");
        assertThat(Sentence.of("Portugal-based industrial cleaning company Varnola Oyj said its CEO will retire")
            .leadingName()).isEqualTo("Varnola Oyj");
    }

    @Test
    void readsNoNameInATitleCaseDescriptionAndTheNameAfterWhereACompanyIsBased() {
        Detection described = only(TriggerType.ACQUISITION, "Ziffon Acquires Leading Garden Tools Company", null);
        assertThat(described.company()).isNull();
        assertThat(((TriggerDetails.Acquisition) described.details()).acquirer()).isEqualTo("Ziffon");
        assertThat(only(TriggerType.ACQUISITION, "Ziffon Acquires Leading Edge Systems", null).company())
            .isEqualTo("Leading Edge Systems");
        assertThat(only(TriggerType.ACQUISITION, "Tessa Acquires UK-Based, Mobile Payments Leader Korvo", null)
            .company()).isEqualTo("Korvo");
    }

    @Test
    void takesTheRoleAfterAsOrToNotTheOneThePersonHolds() {
        Detection promoted = only(TriggerType.EXECUTIVE_HIRE, "Tarnwell names managing director Oskar Lind as "
                + "president", null);
        Detection board = only(TriggerType.EXECUTIVE_HIRE, "Brisco appoints finance chief Hana Ruiz to its board",
                null);
        Detection removed = only(TriggerType.LEADERSHIP_DEPARTURE, "Quenby removes chief executive as chairman "
                + "after audit dispute", null);

        assertThat(Details.personOf(promoted)).isEqualTo("Oskar Lind");
        assertThat(category(promoted)).isEqualTo(RoleCategory.PRESIDENT);
        assertThat(Details.personOf(board)).isEqualTo("Hana Ruiz");
        assertThat(category(board)).isEqualTo(RoleCategory.BOARD);
        assertThat(category(removed)).isEqualTo(RoleCategory.CHAIR);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brantley names Ivo Lark, former Ostrow Bank vice "
                + "president, its chief operating officer", null))).isEqualTo(RoleCategory.COO);
    }

    @Test
    void readsTheEmployerBeforeARoleAsNoPerson() {
        Detection former = only(TriggerType.EXECUTIVE_HIRE, "Pellora taps former Vantix Labs director to run its "
                + "payments arm", null);
        Detection banker = only(TriggerType.EXECUTIVE_HIRE, "Orland Freight banker appointed Cressy Exchange CEO",
                null);
        Detection owner = only(TriggerType.EXECUTIVE_HIRE, "Halvor's Ines Moreau named Brightwater chief executive",
                null);

        assertThat(former.company()).isEqualTo("Pellora");
        assertThat(Details.personOf(former)).isNull();
        assertThat(banker.company()).isEqualTo("Cressy Exchange");
        assertThat(Details.personOf(banker)).isNull();
        assertThat(owner.company()).isEqualTo("Brightwater");
        assertThat(Details.personOf(owner)).isEqualTo("Ines Moreau");
    }

    @Test
    void namesTheCompanyAPersonLeavesWhereTheVerbNamesIt() {
        Detection left = only(TriggerType.LEADERSHIP_DEPARTURE, "Kelvane co-founder Tomas Reyes leaves Ostrava "
                + "Robotics after a year", null);
        Detection board = only(TriggerType.LEADERSHIP_DEPARTURE, "Dovecote CEO Mara Ilves resigns from freight "
                + "startup Larkspur's board", null);
        Detection owned = only(TriggerType.LEADERSHIP_DEPARTURE, "Rhea Carter resigns as chief executive of Jonah "
                + "Pike's Zentro", null);

        assertThat(left.company()).isEqualTo("Ostrava Robotics");
        assertThat(Details.personOf(left)).isEqualTo("Tomas Reyes");
        assertThat(board.company()).isEqualTo("Larkspur");
        assertThat(category(board)).isEqualTo(RoleCategory.BOARD);
        assertThat(owned.company()).isEqualTo("Zentro");
        assertThat(only(TriggerType.LEADERSHIP_DEPARTURE, "Olga Brandt retires as finance chief after two decades "
                + "with Fennimore Tools", null).company()).isEqualTo("Fennimore Tools");
    }

    @Test
    void readsPastADescriptionAndNoPersonInAHeadlinesOtherWords() {
        assertThat(only(TriggerType.LEADERSHIP_DEPARTURE, "VR headset company Optivue cuts prices, CFO departs",
                null).company()).isEqualTo("Optivue");
        List<Detection> hires = finders.read("Tessaro Names Ivy Mendel CEO, Paolo Grant Becomes CFO", null)
            .detections();
        assertThat(hires).extracting(Details::personOf).contains("Ivy Mendel", "Paolo Grant");
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE, "Corvid appoints a managing director in Japan "
                + "to win buyers beyond the Silver Coast", null))).isNull();
    }

    @Test
    void findsNoExecutiveInAnAdvisoryBoardOrAChiefOfSomethingBelowTheTop() {
        assertThat(types("Norrland Biotech appoints veteran chemist Ada Finch to its scientific advisory board",
                null)).doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Larchmont Radio hires Dan Ivers as chief weather correspondent", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Varnum Bank appoints Lea Moss as its new chief", null)))
            .isEqualTo(RoleCategory.CEO);
    }

    @Test
    void readsTheOneReplacedAsLeavingOnlyWhereTheTextSaysSo() {
        String headline = "PEMBERTON MILLS NAMES PRESIDENT";
        assertThat(types(headline, "Pemberton Mills Inc said it named Ada Rusk president, replacing Carl Vane, who "
                + "remains chairman of the board.")).containsExactly(TriggerType.EXECUTIVE_HIRE);
        assertThat(Details.personOf(only(TriggerType.LEADERSHIP_DEPARTURE, headline, "Pemberton Mills Inc said it "
                + "named Ada Rusk president, replacing Carl Vane, who is retiring in June.")))
            .isEqualTo("Carl Vane");
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Ormsby names finance chief Jane Tull co-CEO", null)))
            .isEqualTo(RoleCategory.CEO);
    }

    @Test
    void takesNoDealFromAReportAHopeOrADecisionAgainst() {
        assertThat(types("Pembury to buy Larkfield for $90 million -report", null)).isEmpty();
        assertThat(types("Halden Foods on track to raise $200 million in Oslo listing", null)).isEmpty();
        assertThat(types("Tresco Mills decided against buying Penlow Dairies", null)).isEmpty();
        assertThat(finders.read("Shoppers buy Quorra gadgets more often, according to a new survey", null).ruledOut())
            .contains(TriggerType.ACQUISITION);
    }

    @Test
    void takesNoLayoffsFromACauseAPastCutInPassingOrPayCut() {
        Reading cause = finders.read("New port fees will cost Harwick shippers thousands of jobs", null);
        assertThat(cause.detections()).isEmpty();
        assertThat(cause.ruledOut()).contains(TriggerType.LAYOFFS);
        assertThat(types("Drayton Bank opens innovation hub weeks after cutting 1,200 jobs", null))
            .doesNotContain(TriggerType.LAYOFFS);
        assertThat(types("Corvel Diner cuts staff pay over winter", null)).isEmpty();
        assertThat(types("Pallas Freight announces cost cuts across its depots", null)).isEmpty();
        assertThat(finders.read("Glenrock Foods to create 400 jobs at new bakery", null).ruledOut())
            .contains(TriggerType.LAYOFFS);
        assertThat(types("Pallas Freight to cut 300 jobs across its depots", null))
            .containsExactly(TriggerType.LAYOFFS);
    }

    @Test
    void takesNoIpoFromAListingCalledOffALaterOfferingATokenOrALongListing() {
        Reading cancelled = finders.read("Quenby Robotics cancels $120 million IPO", null);
        assertThat(cancelled.detections()).isEmpty();
        assertThat(cancelled.ruledOut()).contains(TriggerType.IPO);
        assertThat(types("Tarlow Bio raises $60 million in a second share sale since its IPO", null))
            .doesNotContain(TriggerType.IPO);
        assertThat(types("Zentro coin begins trading on Brakk exchange", null)).isEmpty();
        assertThat(types("Pellis Energy is listed on the Oslo Stock Exchange", null)).isEmpty();
        assertThat(types("Quenby Robotics prices $120 million IPO on Nasdaq", null)).containsExactly(TriggerType.IPO);
    }

    @Test
    void takesNoRoundFromABankASaleWarrantsAJointVentureOrARefinancing() {
        assertThat(types("Marlin Kitchens secures £2 million in funding with Fenbrook Bank", null)).isEmpty();
        assertThat(types("Halcyon Spirits gets $400 million from sale of its wine unit", null)).isEmpty();
        assertThat(types("Brisk Labs secures $6 million from warrant exercises", null)).isEmpty();
        assertThat(types("Oxley Media invests $15M in Pixelwood Studios joint venture", null)).isEmpty();
        assertThat(types("Brisk Labs raises $6 million", "Brisk Labs said it raised $6 million from the exercise of "
                + "outstanding warrants.")).isEmpty();
        Reading refinance = finders.read("Corbin Estates secures $40 million refinance of riverside project",
                "Corbin Estates said it has secured $40 million in financing from Ashgrove Lending for the project.");
        assertThat(refinance.detections()).isEmpty();
        assertThat(refinance.ruledOut()).contains(TriggerType.FUNDING_ROUND);
        assertThat(types("Marlin Kitchens secures £2 million in funding from Fenbrook Ventures", null))
            .containsExactly(TriggerType.FUNDING_ROUND);
    }

    @Test
    void takesTheLedesMinorityStakeOrPropertyForWhatTheHeadlineBought() {
        assertThat(types("Dunmore Buys Kestrel Apps", "Dunmore Inc. said it bought a 30 percent minority stake in "
                + "Kestrel Apps, a maker of budgeting tools.")).isEmpty();
        assertThat(types("Harrow Capital acquires The Willows at Brookside, a 150-unit apartment community", null))
            .isEmpty();
        assertThat(types("ARNDALE <ARN> TO BUY CONTROL OF FENWICK", "Arndale Corp said it will purchase "
                + "1,500,000 preferred shares of Fenwick Inc representing voting control for 9 mln dlrs."))
            .containsExactly(TriggerType.ACQUISITION);
    }

    @Test
    void takesNoDealFromAGerundAdviceAnAdjectiveOrAnAccount() {
        assertThat(types("Twenty Years Of Buying Coastal Bakeries Built Arlo Foods", null)).isEmpty();
        assertThat(types("Analyst says it is time to buy Norwick Foods", null)).isEmpty();
        assertThat(types("Pellan Telecom to cut 400 jobs as it merges networks with the recently acquired Ostra "
                + "Mobile", null)).containsExactly(TriggerType.LAYOFFS);
        assertThat(types("Prankster takes over Velora's Twitter account", null)).isEmpty();
    }

    @Test
    void rulesOutAnIpoThatOnlyDatesWhatComesBeforeItAndARoundSoldInPublic() {
        assertThat(finders.read("Corvex Foods moves headquarters to Lisbon ahead of IPO", null).ruledOut())
            .contains(TriggerType.IPO);
        Reading offering = finders.read("Tarvex Therapeutics raises $80 million in public offering", null);
        assertThat(offering.detections()).isEmpty();
        assertThat(offering.ruledOut()).contains(TriggerType.FUNDING_ROUND);
    }

    @Test
    void takesNothingFromTheLedeOfAHeadlineThatHedges() {
        assertThat(types("Orrin Foods and Delmar Group in merger talks",
                "Delmar Group has agreed to purchase 60 percent of Orrin Foods for $40 million.")).isEmpty();
        assertThat(types("ORRIN FOODS IN MERGER TALKS WITH DELMAR",
                "Orrin Foods Inc said Delmar Group Inc will take a 60 pct holding in Orrin for 40 mln dlrs."))
            .isEmpty();
    }

    @Test
    void keepsARoundThatComesBeforeAnIpoOrHeadsForOne() {
        assertThat(types("Quarrix Bio closes $90 million pre-IPO round", null)).contains(TriggerType.FUNDING_ROUND);
        assertThat(types("Nembra Cloud raises $70M as it readies for IPO", null)).contains(TriggerType.FUNDING_ROUND);
        assertThat(types("Nembra Cloud raises $70M in its IPO", null)).doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void takesAPublicOfficeWordThatEndsAPersonsNameForASurnameButNotATitleBeforeIt() {
        assertThat(Details.personOf(only(TriggerType.LEADERSHIP_DEPARTURE,
                "Tellwyn Grocers chief executive Mirela King steps down", null))).isEqualTo("Mirela King");
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE,
                "Ostrava Freight appoints Ansel Judge as chief financial officer", null))).isEqualTo("Ansel Judge");
        assertThat(types("Governor Ansel Brook names Mirela King chief of staff", null)).isEmpty();
        assertThat(types("King Ostvald names Ansel Brook head of the royal household", null)).isEmpty();
        assertThat(types("VALDORIAN CENTRAL BANK CHIEF RESIGNS", null)).isEmpty();
        assertThat(types("Valdorian National Committee chair resigns over the budget", null)).isEmpty();
    }

    @Test
    void endsATitleCaseNameAtAVerbOfResultsBeforeAMoveInTheNextClause() {
        Detection departure = only(TriggerType.LEADERSHIP_DEPARTURE, "Brandeln Optics Posts Q3 Loss, Finance Chief "
                + "Resigns", null);
        assertThat(departure.company()).isEqualTo("Brandeln Optics");
        assertThat(category(departure)).isEqualTo(RoleCategory.CFO);
        Detection bare = only(TriggerType.LEADERSHIP_DEPARTURE, "Brandeln Optics CFO Resigns", null);
        assertThat(bare.company()).isEqualTo("Brandeln Optics");
        assertThat(Details.personOf(bare)).isNull();
    }

    @Test
    void readsTheDepartureOfOneSucceededWhoGoesButNotOfOneWhoStays() {
        Detection gone = only(TriggerType.LEADERSHIP_DEPARTURE, "Quenby Mills Corp said it named Petra Lindahl chief "
                + "executive, succeeding Osric Vane, who is retiring after nine years in the post.", null);
        assertThat(Details.personOf(gone)).isEqualTo("Osric Vane");
        assertThat(category(gone)).isEqualTo(RoleCategory.CEO);
        assertThat(Details.personOf(only(TriggerType.LEADERSHIP_DEPARTURE,
                "Tamsell Robotics has appointed Petra Lindahl as its new CFO, following the resignation of Osric Vane",
                null))).isEqualTo("Osric Vane");
        assertThat(types("Quenby Mills names Petra Lindahl chief executive, succeeding Osric Vane, who stays on as "
                + "chairman", null)).containsExactly(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsTheSuccessorADepartureNamesInAClauseOfItsOwn() {
        Detection over = only(TriggerType.EXECUTIVE_HIRE, "Quenby Mills CFO Osric Vane to retire, Petra Lindahl "
                + "steps in", null);
        assertThat(over.company()).isEqualTo("Quenby Mills");
        assertThat(Details.personOf(over)).isEqualTo("Petra Lindahl");
        assertThat(category(over)).as("the role left").isEqualTo(RoleCategory.CFO);
        Detection reins = only(TriggerType.EXECUTIVE_HIRE, "Tamsell CEO Osric Vane quits, hands reins to former "
                + "president Petra Lindahl", null);
        assertThat(Details.personOf(reins)).isEqualTo("Petra Lindahl");
        assertThat(category(reins)).as("the role left, not the words that describe the successor")
            .isEqualTo(RoleCategory.CEO);
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE, "Brindle founder Osric Vane replaced as CEO by "
                + "sales lead Petra Lindahl", null))).isEqualTo("Petra Lindahl");
        Detection elsewhere = only(TriggerType.EXECUTIVE_HIRE, "Osric Vane Leaves Quenby, Joins Tamsell As Its Chief "
                + "Revenue Officer", null);
        assertThat(elsewhere.company()).isEqualTo("Tamsell");
        assertThat(Details.personOf(elsewhere)).isEqualTo("Osric Vane");
        assertThat(only(TriggerType.LEADERSHIP_DEPARTURE, "Osric Vane Leaves Quenby, Joins Tamsell As Its Chief "
                + "Revenue Officer", null).company()).isEqualTo("Quenby");
    }

    @Test
    void readsWhoLeavesWithoutARoleAndWhereTheyGo() {
        Detection named = only(TriggerType.LEADERSHIP_DEPARTURE, "Update: Ilse Varga is leaving Tarvo Labs", null);
        assertThat(named.company()).isEqualTo("Tarvo Labs");
        assertThat(Details.personOf(named)).isEqualTo("Ilse Varga");
        assertThat(only(TriggerType.LEADERSHIP_DEPARTURE, "Ilse Varga steps down from Tarvo, joins a city panel",
                null).company()).isEqualTo("Tarvo");
        Detection beside = only(TriggerType.LEADERSHIP_DEPARTURE, "Quenby names Petra Lindahl chief executive as "
                + "Osric Vane steps down", null);
        assertThat(beside.company()).isEqualTo("Quenby");
        assertThat(Details.personOf(beside)).isEqualTo("Osric Vane");
        assertThat(category(beside)).as("the role the hire fills").isEqualTo(RoleCategory.CEO);
        assertThat(types("Ilse Varga leaves Lisbon for a week of talks", null))
            .doesNotContain(TriggerType.LEADERSHIP_DEPARTURE);
        Detection head = only(TriggerType.EXECUTIVE_HIRE, "Tarvo CEO Ilse Varga leaves to head up shipping group "
                + "Brackwell Lines", null);
        assertThat(head.company()).isEqualTo("Brackwell Lines");
        assertThat(Details.personOf(head)).isEqualTo("Ilse Varga");
        assertThat(category(head)).isEqualTo(RoleCategory.CEO);
        assertThat(only(TriggerType.EXECUTIVE_HIRE, "Tarvo exec Ilse Varga departs for film studio Quillmere", null)
            .company()).isEqualTo("Quillmere");
        Detection headOf = only(TriggerType.LEADERSHIP_DEPARTURE, "Osric Vane resigns as head of Halvex ad group",
                null);
        assertThat(headOf.company()).isEqualTo("Halvex");
        assertThat(category(headOf)).isEqualTo(RoleCategory.CEO);
        assertThat(category(only(TriggerType.LEADERSHIP_DEPARTURE, "Brindle is trimming staff, losing its CFO and "
                + "closing a depot", null))).isEqualTo(RoleCategory.CFO);
        Detection founder = only(TriggerType.LEADERSHIP_DEPARTURE, "Quillmere Loses Its Second Co-Founder In A Month",
                null);
        assertThat(founder.company()).isEqualTo("Quillmere");
        assertThat(category(founder)).isEqualTo(RoleCategory.OTHER_EXEC);
    }

    @Test
    void endsATitleCaseCompanyBeforeItsTitledPersonAndTakesNoCompanyForAPerson() {
        Detection back = only(TriggerType.EXECUTIVE_HIRE, "Quenby Cofounder Ilse Varga Back In As CEO", null);
        assertThat(back.company()).isEqualTo("Quenby");
        assertThat(Details.personOf(back)).isEqualTo("Ilse Varga");
        Detection left = only(TriggerType.LEADERSHIP_DEPARTURE, "CEO Of Puzzle Maker Quillmere To Step Down After "
                + "A Year", null);
        assertThat(left.company()).isEqualTo("Quillmere");
        assertThat(Details.personOf(left)).isNull();
        Detection former = only(TriggerType.EXECUTIVE_HIRE, "Halvex Media Appoints Former Halden Rail Group President "
                + "Ilse Varga to Lead Its Rollout", null);
        assertThat(Details.personOf(former)).isEqualTo("Ilse Varga");
    }

    @Test
    void readsSomeoneNewInARoleWithoutAVerbOfHiring() {
        Detection possessive = only(TriggerType.EXECUTIVE_HIRE, "Tamsell's new CFO is former Brindle exec Petra "
                + "Lindahl", null);
        assertThat(possessive.company()).isEqualTo("Tamsell");
        assertThat(Details.personOf(possessive)).isEqualTo("Petra Lindahl");
        Detection gets = only(TriggerType.EXECUTIVE_HIRE, "Quenby gets a new CEO, drops its hardware line", null);
        assertThat(gets.company()).isEqualTo("Quenby");
        assertThat(category(gets)).isEqualTo(RoleCategory.CEO);
        assertThat(types("Quenby gets a new logo and a new website", null)).isEmpty();
        assertThat(types("Quenby Corp will name a successor in June for its outgoing chairman Osric Vane.", null))
            .as("the role of one who leaves is not filled yet").doesNotContain(TriggerType.EXECUTIVE_HIRE);
        Detection is = only(TriggerType.EXECUTIVE_HIRE, "Petra Lindahl is Tamsell's new CFO; Osric Vane stays on",
                null);
        assertThat(is.company()).isEqualTo("Tamsell");
        assertThat(Details.personOf(is)).isEqualTo("Petra Lindahl");
        Detection opening = only(TriggerType.EXECUTIVE_HIRE, "A new CFO for Quenby Mills", null);
        assertThat(opening.company()).isEqualTo("Quenby Mills");
        assertThat(category(opening)).isEqualTo(RoleCategory.CFO);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle hires Petra Lindahl as head of corporate "
                + "affairs", null))).isEqualTo(RoleCategory.OTHER_EXEC);
    }

    @Test
    void readsNonExecutiveDirectorsAsBoardSeatsAndHeadsOfExperienceAsHeadsOfAFunction() {
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle appoints two bankers as non-executive "
                + "directors", null))).isEqualTo(RoleCategory.BOARD);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle names Petra Lindahl non-executive director",
                null))).isEqualTo(RoleCategory.BOARD);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle names Petra Lindahl executive director",
                null))).isEqualTo(RoleCategory.CEO);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle hires Petra Lindahl as head of customer "
                + "experience", null))).isEqualTo(RoleCategory.OTHER_EXEC);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle Adds A Head Of Inclusion", null)))
            .isEqualTo(RoleCategory.OTHER_EXEC);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle names Petra Lindahl head of wholesale "
                + "distribution", null))).isEqualTo(RoleCategory.VP_SALES);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Brindle names Petra Lindahl head of APAC", null)))
            .as("the head of a region's business").isEqualTo(RoleCategory.GM);
    }

    @Test
    void readsACompanysBossWhoseMoveTheVerbTellsAndACompanyWhoseSharesFall() {
        Detection boss = only(TriggerType.LEADERSHIP_DEPARTURE, "Quillmere boss quits after profit warning", null);
        assertThat(boss.company()).isEqualTo("Quillmere");
        assertThat(category(boss)).isEqualTo(RoleCategory.CEO);
        assertThat(types("Fire chief resigns over response times", null)).as("a public office").isEmpty();
        assertThat(types("Ofcom appoints economist Petra Lindahl as chairman", null)).as("a regulator").isEmpty();
        assertThat(only(TriggerType.LEADERSHIP_DEPARTURE, "Lake Harbor shares plunge as CEO departs", null).company())
            .as("a name whose shares fall is a company's, not a person's").isEqualTo("Lake Harbor");
    }

    @Test
    void readsAFirstDayOfTradingAsAnIpoButNotTheFirstDayOfAYear() {
        assertThat(only(TriggerType.IPO, "Quillmere Shares Climb 40% On Its First Full Day Of Public "
                + "Trading", null).company())
            .isEqualTo("Quillmere");
        assertThat(((TriggerDetails.Ipo) only(TriggerType.IPO, "Tessaly Robotics Will Open Trading On Nasdaq At $22 A "
                + "Share", null).details()).exchange()).isEqualTo("Nasdaq");
        assertThat(only(TriggerType.IPO, "Quillmere raises $40m on Nasdaq", null).company()).isEqualTo("Quillmere");
        assertThat(types("Quillmere slips on its first full day of trading in 2025", null)).isEmpty();
        assertThat(types("Quillmere shares slip on its first full day of trading "
                + "following earnings", null)).isEmpty();
    }

    @Test
    void readsJobsCutBesideSomethingElseAndJobLossesACollapseBrings() {
        Layoffs beside = (Layoffs) only(TriggerType.LAYOFFS, "Quillmere to axe 12 depots and 900 jobs", null).details();
        assertThat(beside.headcount()).isEqualTo(900);
        Detection collapse = only(TriggerType.LAYOFFS, "Quillmere folds with 1,800 job losses", null);
        assertThat(collapse.company()).isEqualTo("Quillmere");
        assertThat(types("Quillmere cuts prices and 40 percent of fees", null)).isEmpty();
    }

    @Test
    void readsFurloughsStaffDroppedJobLossesAnnouncedAndACompanysJobsLost() {
        assertThat(only(TriggerType.LAYOFFS, "Trellisoft board admits cash crunch, furloughing employees", null)
            .company()).isEqualTo("Trellisoft");
        Layoffs dropped = (Layoffs) only(TriggerType.LAYOFFS, "Quibly drops 1/3 of its staff", null).details();
        assertThat(dropped).isEqualTo(new Layoffs(null, new java.math.BigDecimal("33")));
        assertThat(types("Quibly drops its lawsuit against employees", null)).isEmpty();
        assertThat(only(TriggerType.LAYOFFS, "Dorvan announces 300 job losses", null).details())
            .isEqualTo(new Layoffs(300, null));
        assertThat(only(TriggerType.LAYOFFS, "More than 700 Pellworth jobs lost as investor buys the chain", null)
            .company()).isEqualTo("Pellworth");
        assertThat(only(TriggerType.LAYOFFS, "Hundreds of jobs lost as Pellworth shuts stores", null).company())
            .isEqualTo("Pellworth");
        assertThat(finders.read("Ferrow Steel sold to Harlan Group, saving 2,000 jobs", null).ruledOut())
            .contains(TriggerType.LAYOFFS);
    }

    @Test
    void readsAPricePaidForACompanyInATitleCaseHeadlineAndWhatItsOwnerOwns() {
        Detection paid = only(TriggerType.ACQUISITION, "Halvex Pays $40 Million In Cash For Quillmere Labs", null);
        assertThat(paid.company()).isEqualTo("Quillmere Labs");
        assertThat(((TriggerDetails.Acquisition) paid.details()).acquirer()).isEqualTo("Halvex");
        assertThat(only(TriggerType.ACQUISITION, "Halvex Paying $280M For Orvid's Quillmere", null).company())
            .isEqualTo("Quillmere");
        assertThat(only(TriggerType.ACQUISITION, "Orvid Spends $120M To Buy Quillmere Labs", null).company())
            .isEqualTo("Quillmere Labs");
        assertThat(types("Orvid spends $2 million to buy back shares", null)).isEmpty();
    }

    @Test
    void readsACompanySoldByNameForMillionsOrByAnInvestorButNoProductSold() {
        Detection sold = only(TriggerType.ACQUISITION, "Orvid sells Quillmere for $7.5 million", null);
        assertThat(sold.company()).isEqualTo("Quillmere");
        assertThat(((TriggerDetails.Acquisition) sold.details()).acquirer()).isNull();
        assertThat(only(TriggerType.ACQUISITION, "Harlow Capital Sells Tessaly", null).company()).isEqualTo("Tessaly");
        assertThat(types("Orvid sells Model Q for $39,000", null)).isEmpty();
        assertThat(types("Harlow Capital Sells Tessaly Stake", null)).isEmpty();
    }

    @Test
    void readsARoundTheCompanysNewsComesWith() {
        Detection with = only(TriggerType.FUNDING_ROUND, "Quillmere Tries To Cut Freight Costs With $6M Series A", null);
        assertThat(with.company()).isEqualTo("Quillmere");
        assertThat(((TriggerDetails.Funding) with.details()).round()).isEqualTo("SERIES_A");
        assertThat(only(TriggerType.FUNDING_ROUND, "Quillmere Opens Beta, Backed By $2.4 Million In Seed Funding", null)
            .company()).isEqualTo("Quillmere");
        assertThat(types("Quillmere, backed by Series A investors, opens Berlin office", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(only(TriggerType.FUNDING_ROUND, "Tarnwick Grid Expands With £3m Funding Round", null)
            .company()).isEqualTo("Tarnwick Grid");
        assertThat(only(TriggerType.FUNDING_ROUND, "Pellucid Labs powers up with fresh funding", null).company())
            .isEqualTo("Pellucid Labs");
        assertThat(types("Orvale helps farmers with funding platform", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(only(TriggerType.FUNDING_ROUND, "Quorra Bio Leaves Stealth Mode With $14M", null).company())
            .isEqualTo("Quorra Bio");
        assertThat(types("Quorra Bio Leaves Stealth Mode With $14M Loss", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsARoundTheBareVerbOfCompaniesJoinedAsItsSubjectTells() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Quillbit and Tessaly raise $5M", null).company())
            .isEqualTo("Tessaly");
        assertThat(types("Brindle, Orvane Land Seed Rounds", null)).contains(TriggerType.FUNDING_ROUND);
        assertThat(types("Quillbit hits funding snag", null)).doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsInvestorsGainedOrWelcomedAsTheVerbsObjectAsARound() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Pellmont Gains New Investor", null).company())
            .isEqualTo("Pellmont");
        assertThat(only(TriggerType.FUNDING_ROUND, "Tarrow Labs Welcomes Angel Investors, Opens Studio", null)
            .company()).isEqualTo("Tarrow Labs");
        assertThat(types("Pellmont gains investor confidence", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Pellmont welcomes investors to its annual meeting", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsMoneyReceivedAsAHeadlineMisspellsIt() {
        Detection misspelt = only(TriggerType.FUNDING_ROUND, "Pellmont recieves $2M seed round", null);
        assertThat(misspelt.company()).isEqualTo("Pellmont");
        assertThat(((TriggerDetails.Funding) misspelt.details()).round()).isEqualTo("SEED");
    }

    @Test
    void readsTheCompanyPastADescriptionSetOffByDashes() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Quillbit -- a tutoring app three chemists built -- has raised $2M "
                + "in new financing", null).company()).isEqualTo("Quillbit");
        assertThat(types("Quillbit -- its shares fell -- raises prices", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsMoneyAddedBookedOrTappedAsRaised() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Lintvale Adds $9M To Grow Its Clinic Network", null).company())
            .isEqualTo("Lintvale");
        assertThat(only(TriggerType.FUNDING_ROUND, "Brasswell taps $6 million in fresh capital", null).company())
            .isEqualTo("Brasswell");
        assertThat(types("Harrowgate Trust adds $300M in AUM", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(only(TriggerType.FUNDING_ROUND, "Tiny Robotics Firm Pemberly Raises Cash To Hire Engineers", null)
            .company()).isEqualTo("Pemberly");
        assertThat(types("Pemberly raises cash dividend", null)).doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsWhatTheMoneyIsRaisedForAsNoPartOfTheRound() {
        Detection purpose = only(TriggerType.FUNDING_ROUND, "Brindle raises $12 million to help charities collect "
                + "donations online", null);
        assertThat(purpose.company()).isEqualTo("Brindle");
        assertThat(((TriggerDetails.Funding) purpose.details()).amount()).isEqualByComparingTo("12000000");
        assertThat(only(TriggerType.FUNDING_ROUND, "Kestrel Optics raises £400k to start sales of its lens kit", null)
            .company()).isEqualTo("Kestrel Optics");
        assertThat(types("Brindle raises $12 million in sales", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Orvale agreed to buy an equity stake in the Dunmore wind project", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsNewSharesAWireStorysCompanyPlacesAsARound() {
        assertThat(only(TriggerType.FUNDING_ROUND, "TARVEL <TRV> SELLS PREFERRED", "Tarvel Mining Inc said it will "
                + "sell three mln convertible preferred shares to privately held Ostrom Holdings Corp at 12 dlrs each.")
            .company()).isEqualTo("Tarvel Mining Inc");
        assertThat(only(TriggerType.FUNDING_ROUND, "BRACKLEY <BRK> PLACES SHARES", "Brackley Foods Inc said it sold "
                + "four mln common shares to investment bank Hanlow Pierce NV, which resold them in Europe.").company())
            .isEqualTo("Brackley Foods Inc");
        assertThat(only(TriggerType.FUNDING_ROUND, "Marlow Tools Places $12.5 Million of Stock", "Marlow Tools Ltd "
                + "said it will privately sell some $15 million Canadian ($12.5 million) worth of common stock to a "
                + "group of outside buyers.").company()).isEqualTo("Marlow Tools Ltd");
    }

    @Test
    void readsAVentureLendersLoanAsARoundButNotABanks() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Ferncastle Capital provides $12M loan to Quillbit", null)
            .company()).isEqualTo("Quillbit");
        assertThat(only(TriggerType.FUNDING_ROUND, "Orvid Labs gets $3M debt from Harlow Ventures", null).company())
            .isEqualTo("Orvid Labs");
        assertThat(only(TriggerType.FUNDING_ROUND, "Ashby Lending grants Pellucid $4m credit", null).company())
            .isEqualTo("Pellucid");
        assertThat(types("Northfield Bank provides $12M loan to Quillbit", null)).isEmpty();
    }

    @Test
    void readsAnAmountWithoutItsCurrencyAndABrandWrittenInLowerCase() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Quillmere raises additional 4.5 million", null).company())
            .isEqualTo("Quillmere");
        assertThat(types("Quillmere reaches 4.5 million users", null)).isEmpty();
        assertThat(only(TriggerType.FUNDING_ROUND, "zentrix Receives €3M Seed Investment from Harlow Ventures", null)
            .company()).isEqualTo("zentrix");
    }

    @Test
    void readsARoundAnInvestorLeadsForTheSentencesCompanyOrABrandItDescribes() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Quenby Labs Names Dana Holt CEO; Harlow Ventures Leads Series B "
                + "Financing", null).company()).isEqualTo("Quenby Labs");
        assertThat(types("Harlow Ventures Leads Series B Financing", null)).isEmpty();
        assertThat(only(TriggerType.FUNDING_ROUND, "Ostrava Fonds invests in zentrix, a maker of farm sensors", null)
            .company()).isEqualTo("zentrix");
        assertThat(only(TriggerType.FUNDING_ROUND, "Tarrow Hire and Sales Receives £3.1M Investment from Midland "
                + "Growth Fund", null).company()).isEqualTo("Tarrow Hire and Sales");
        assertThat(only(TriggerType.FUNDING_ROUND, "Brindle Robotics lines up $4M of venture debt for its warehouse "
                + "arm", null).company()).isEqualTo("Brindle Robotics");
        assertThat(only(TriggerType.FUNDING_ROUND, "Vellum Health Conducts $9M Debt Round", null).company())
            .isEqualTo("Vellum Health");
        assertThat(only(TriggerType.FUNDING_ROUND, "Quorra Fusion taps $28M in fresh funds to build a test reactor",
                null).company()).isEqualTo("Quorra Fusion");
    }

    @Test
    void takesNoRoundSoughtInVainCapitalRaisedToALevelOrNotesThatPayACoupon() {
        assertThat(types("TELLWYN FAILS TO OBTAIN NEW FUNDING", "Tellwyn Corp said its lenders have decided not to "
                + "extend a financing agreement, and that it was unsuccessful in securing other financing."))
            .isEmpty();
        assertThat(types("PARVEL <PRV> TO RAISE CAPITAL", "Parvel SA on Monday agreed to raise the firm's share "
                + "capital to 600 mln francs from 200 mln through an issue to existing holders.")).isEmpty();
        assertThat(types("KESTON PLACES CONVERTIBLE NOTES", "Keston Ltd on Friday raised 80 mln dlrs by placing 16 mln "
                + "6.5 pct convertible notes among pension funds.")).isEmpty();
    }

    @Test
    void takesNoRoundFromATokenPresaleABondsCouponABookOrWhatAPurposeNames() {
        assertThat(types("Glimmer Coin's Presale Milestone: Raising Over $2 Million", null)).isEmpty();
        assertThat(types("ORVID FINANCE RAISING 200 MLN FRANCS", "Orvid Finance BV is to raise 200 mln Swiss francs "
                + "through a seven-year, 5-1/4 pct private placement.")).isEmpty();
        assertThat(types("Tessaly unveils new dashboards to help investors track returns", null)).isEmpty();
        assertThat(types("DELMAR SHARE PLACEMENT STILL OPEN", "Retail buyers can still join the Delmar AG placement, "
                + "though Brandwell Securities closed its books on Tuesday for big institutional investors."))
            .isEmpty();
    }

    @Test
    void readsAGrabForAPriceAsADealAndAGrabOfMoneyAsARound() {
        assertThat(types("Halvex Grabs Quillmere for $415M", null)).containsExactly(TriggerType.ACQUISITION);
        assertThat(types("Halvex grabs $5M to hire engineers", null)).containsExactly(TriggerType.FUNDING_ROUND);
        assertThat(types("Halvex Grabs Series A For $5M", null)).containsExactly(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsNamesThatAreDomainsOrBeginWithANationsAdjective() {
        assertThat(only(TriggerType.ACQUISITION, "Halvex.com to Acquire Quillmere.com", null).company())
            .as("a domain's .com is no foreign word").isEqualTo("Quillmere.com");
        assertThat(only(TriggerType.ACQUISITION, "Halvex Acquires American Loom Systems", null).company())
            .isEqualTo("American Loom Systems");
        assertThat(types("Voters urged to buy American this year", null)).isEmpty();
    }

    @Test
    void takesNoDealFromAReportOrARumourOfTheMainClause() {
        assertThat(types("Report: Halvex Has Acquired Quillmere Labs", null)).isEmpty();
        assertThat(types("Report - Halvex buys Quillmere Labs", null)).isEmpty();
        assertThat(types("Corrowind Said to Be Closing In on Purchase of Tessaly", null)).isEmpty();
        assertThat(types("Tessaly CEO Osric Vane steps down, Daily Ledger reports", null)).isEmpty();
        assertThat(types("Corrowind buys Tessaly, said to be weighing a sale of its own", null))
            .contains(TriggerType.ACQUISITION);
    }

    @Test
    void takesNoDealOrRoundFromAHeadlineWhoseLedeHedgesIt() {
        assertThat(types("Marbeck to buy Stellan Analytics from Orvid", "Marbeck Inc reportedly has agreed to "
                + "purchase Stellan Analytics, an Orvid unit, for $200 million.")).isEmpty();
        assertThat(types("DARROW MILLS <DRW> TO BUY KESTON GROUP", "Darrow Mills Inc told reporters it entered a letter of "
                + "intent under which it would acquire Keston Group Inc for 40 mln dlrs.")).isEmpty();
        assertThat(types("VANTRO <VNT> GETS PRIVATE FUNDING", "Vantro Corp said Ashdale Securities Inc told it "
                + "that the bank was highly confident of arranging 90 mln dlrs in financing for Vantro.")).isEmpty();
        assertThat(types("Marbeck to buy Stellan Analytics from Orvid", "Marbeck Inc has agreed to purchase "
                + "Stellan Analytics, an Orvid unit, for $200 million.")).contains(TriggerType.ACQUISITION);
    }

    @Test
    void readsNoTriggerOfAWholeTradeOrOfWhatASubjectMustOrMayDo() {
        assertThat(types("Carmakers cut 12,000 jobs over the year", null)).isEmpty();
        assertThat(types("Lenders raise $3 billion for small firms", null)).isEmpty();
        assertThat(types("Under the agreement Brantco has to have bought Ferrin Labs before the vote", null))
            .isEmpty();
        assertThat(types("Tolland Bank now has the option to cut 900 jobs as it reorganises", null)).isEmpty();
        assertThat(types("Tolland Bank cuts 900 jobs as it reorganises", null)).contains(TriggerType.LAYOFFS);
        assertThat(types("Skyvane warns it may close routes and cut staff over winter", null)).isEmpty();
        assertThat(types("Skyvane closes routes and cuts 400 staff", null)).contains(TriggerType.LAYOFFS);
    }

    @Test
    void rulesOutAListingOnlyEyedAndACreditLineButNotVentureDebt() {
        assertThat(finders.read("Brisko eyes IPO as riders flock to its scooters", null).ruledOut())
            .contains(TriggerType.IPO);
        assertThat(finders.read("Lumora Health posts record quarter, weighs possible Nasdaq listing", null)
            .ruledOut()).contains(TriggerType.IPO);
        assertThat(finders.read("Dorvane lands $60M Series C with an eye toward going public", null).ruledOut())
            .contains(TriggerType.IPO);
        Reading credit = finders.read("Pelthorn Secures $40 Million Revolving Credit Facility", null);
        assertThat(credit.detections()).isEmpty();
        assertThat(credit.ruledOut()).contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Quenby closes $15M venture debt credit facility from Arlo Venture Lending", null)
            .ruledOut()).doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsALaunchByTwoCompaniesNamedTogetherAndARelaunch() {
        // the pair's partnership aside (takesAProductTwoCompaniesLaunchTogetherForAPartnership)
        List<Detection> joint = finders.read("Harrowgate Inns and Plumtree Eats Launch Room-Side Dinner Service", null)
            .detections().stream().filter(detection -> detection.type() == TriggerType.PRODUCT_LAUNCH).toList();
        assertThat(joint).extracting(Detection::company).containsExactly("Harrowgate Inns", "Plumtree Eats");
        assertThat(product(joint.get(0))).isEqualTo("Room-Side Dinner Service");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Brackenfield relaunches its invoicing platform", null)))
            .isEqualTo("invoicing platform");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Quelling Tech has launched a redesigned booking portal "
                + "for tour guides", null))).isEqualTo("redesigned booking portal");
        // the base form with one company before it stays a noun: a launch that was talked of, not made
        assertThat(types("The Ostravia launch party drew a crowd of fans", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsARevampALineWidenedAndAProductBroughtToAMarket() {
        Detection revamp = only(TriggerType.PRODUCT_LAUNCH, "Pellary overhauls its Ledgerly invoicing apps", null);
        assertThat(revamp.company()).isEqualTo("Pellary");
        assertThat(product(revamp)).isEqualTo("Ledgerly invoicing apps");
        assertThat(types("Pellary overhauls its organizational structure", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH,
                "Orvane completes its camera accessory catalogue with the Brisk Mount 2", null)))
            .isEqualTo("Brisk Mount 2");
        // what widens a line is a product even unnamed
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Tolvane widens its podcast offerings with audio briefings",
                null))).isEqualTo("audio briefings");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Meridane brings its short-video feed to Europe", null)))
            .isEqualTo("short-video feed");
        assertThat(types("Meridane brings its CEO to Davos", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        // a company's own kind of product now available or open source
        Detection opened = only(TriggerType.PRODUCT_LAUNCH, "Tarvex's mapping platform now open source", null);
        assertThat(opened.company()).isEqualTo("Tarvex");
        assertThat(product(opened)).isEqualTo("mapping platform");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Tarvex's photo app is now available on Android", null)))
            .isEqualTo("photo app");
        assertThat(types("Tarvex's CEO is now available for comment", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Reportedly, Tarvex's mapping platform is now open source", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        // a lede's reporter set apart: "(Kestrel today announced) the latest addition to …"
        assertThat(types("Kestrel grows its laptop range",
                "Kestrel today announced the latest addition to its Falcon range of laptops, the Falcon 12."))
            .contains(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAHeadlinesNewKindOfProductAndNoLaunchThatIsADealsPurposeOrADivision() {
        Detection features = only(TriggerType.PRODUCT_LAUNCH, "Quorra amps up playlist search with new features",
                null);
        assertThat(features.company()).isEqualTo("Quorra");
        assertThat(product(features)).isEqualTo("features");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Quorra claims its new chat agents are quickest", null)))
            .isEqualTo("chat agents");
        assertThat(types("Quorra establishes a new smartphone design unit", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        Detection lets = only(TriggerType.PRODUCT_LAUNCH, "Lumo now lets you pin chats to the top", null);
        assertThat(lets.company()).isEqualTo("Lumo");
        assertThat(product(lets)).isEqualTo("pin chats");
        assertThat(types("Lumo's founder now lets staff work from home", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        // the partner of a deal made to launch is not the one that launches
        assertThat(types("Brindle enters joint venture with Ostrava Telecom to launch mobile service in Peru", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Tessel Labs launches Kestrel Division for drone safety", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        // a lede that tells the headline again and hedges it holds the hedge for both
        assertThat(types("Norvale Launching Podcast App Next Month", "Norvale Launching Podcast App Next Month "
                + "Following its purchase of Tindle, Norvale is expected to be unveiling a podcast app of its own in the "
                + "spring.")).doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void takesNoLaunchOfALegalMoveABondOrAnAnalysis() {
        assertThat(types("Film studios launched legal attacks on Monday against three file-sharing hosts", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("TARNHOLM KREDIT LAUNCHES EUROBOND", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Pellucid Research released its newest analysis of the regional freight software sector",
                null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsADealLandedWithAPartnerAndAnIntegrationSaidToBeDirect() {
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Fernhollow lands deal with Marrow Foods for its oat bars",
                null))).isEqualTo("Marrow Foods");
        // "to offer" is what the deal is for; an offer of money would make it no partnership
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Calloway signs deal with Wrenfield News to offer live "
                + "headlines in its assistant", null))).isEqualTo("Wrenfield News");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Tessaro now integrates directly with Brindle Pay", null)))
            .isEqualTo("Brindle Pay");
    }

    @Test
    void takesNoPartnershipWithAnAthleteOrAPerformer() {
        assertThat(types("Lumelle Cosmetics announces partnership with Olympic swimmer Dana Whitcombe", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Harbour Strings Names Acclaimed Cellist Ivo Marek Its Artistic Partner For 2026", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(types("Lumelle Cosmetics announces partnership with Ostrava Labs", null))
            .contains(TriggerType.PARTNERSHIP);
    }

    @Test
    void rulesOutALaunchOfNoProductAPartnershipStillNegotiatedAndAProductThatReachesNewCountries() {
        assertThat(finders.read("Ferrovane Launches Initial Public Offering on Nasdaq", null).ruledOut())
            .contains(TriggerType.PRODUCT_LAUNCH);
        assertThat(finders.read("Ferrovane launches in Portugal", null).ruledOut())
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(finders.read("Tallis Freight is negotiating with Ormond Rail to form a logistics alliance", null)
            .ruledOut()).contains(TriggerType.PARTNERSHIP);
        assertThat(finders.read("Lumelle Cosmetics announces partnership with Olympic swimmer Dana Whitcombe", null)
            .ruledOut()).contains(TriggerType.PARTNERSHIP);
        assertThat(finders.read("Quillfeather's budget reading plan expands to 9 new countries in Africa", null)
            .ruledOut()).contains(TriggerType.EXPANSION);
        assertThat(finders.read("Quillfeather expands to 9 new countries in Africa", null).ruledOut())
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void readsAPartnershipAnnouncedAfterARoundAndADealToIntegrateAPartner() {
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Cindral Announces $14M Series A And Hollis Bank Partnership",
                null))).isEqualTo("Hollis Bank");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Cindral Lands Fresh Capital At $2B Valuation And Partnership "
                + "With Hollis Bank", null))).isEqualTo("Hollis Bank");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Ravelin signs deal to integrate Plover maps into its "
                + "delivery app", null))).isEqualTo("Plover");
        assertThat(types("Cindral and Hollis Bank partnership draws praise from analysts", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsALaunchThatWidensAPortfolioAndANewProductOffered() {
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Ostrel Expands Its Marine Sensor Portfolio With Tidewatch "
                + "Probe Kit", null))).isEqualTo("Tidewatch Probe Kit");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Ostrel Expands Sensor Portfolio with Launch of Tidewatch "
                + "Buoy", null))).isEqualTo("Tidewatch Buoy");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Kestrane offers new rugged tablet for field crews", null)))
            .isEqualTo("rugged tablet");
        assertThat(types("Kestrane offers new shares to its lenders", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Ostrel Expands Portfolio with Additional Wind Project in Ohio", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Aldwyn Aero rolled out the prototype AW 40 drone at its test field", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void takesNoLaunchOrExpansionToldInPassingOrDescribingTheCompany() {
        assertThat(types("Corvane raises its subscription prices after Tilbury releases Nimbus 4", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Tilbury releases Nimbus 4 for designers", null)).contains(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Fenmore Labs, the bakery chain that has introduced gluten-free croissants, names a new CFO",
                null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Corvane launches Nimbus Notes as Tilbury expands to Portugal", null))
            .doesNotContain(TriggerType.EXPANSION);
    }

    @Test
    void takesNoPartnershipOnlyIntendedOrForAJointAppearance() {
        assertThat(types("Wexford Analytics Signs MOU With Pallas Grid to Build a Carbon Ledger", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
        Reading webinar = finders.read("Dunmore Parts teams up with Kellan Mills for a webinar series on sensor upkeep",
                null);
        assertThat(webinar.detections()).extracting(Detection::type).doesNotContain(TriggerType.PARTNERSHIP);
        assertThat(webinar.ruledOut()).contains(TriggerType.PARTNERSHIP);
        assertThat(types("Dunmore Parts teams up with Kellan Mills for a service plan on sensor upkeep", null))
            .contains(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAnExpansionIntoACityCalledByItsShortName() {
        assertThat(location(only(TriggerType.EXPANSION, "Tollgate Ventures expands into SF with a second studio",
                null))).isEqualTo("SF");
    }

    private List<TriggerType> types(String title, @Nullable String text) {
        return finders.read(title, text).detections().stream().map(Detection::type).toList();
    }

    @Test
    void namesNoTargetThatIsOnlyDescribedByWhatItMakesOrWhoIsBehindIt() {
        for (String headline : List.of("Halvex Buys Developer Of Hit App Quillmere",
                "Halvex acquires the startup behind Orvid chat")) {
            Detection bought = only(TriggerType.ACQUISITION, headline, null);
            assertThat(bought.details()).as(headline).isEqualTo(new TriggerDetails.Acquisition("Halvex", null, null,
                    null));
        }
        assertThat(only(TriggerType.ACQUISITION, "Halvex acquires Quillmere Company of Ohio", null).company())
            .isEqualTo("Quillmere Company of Ohio");
    }

    @Test
    void readsJobsCountedBeforeTheVerbThatCutsThem() {
        assertThat(only(TriggerType.LAYOFFS, "Halvex tells staff that 320 roles will go across its depots", null)
            .details()).isEqualTo(new Layoffs(320, null));
        Detection lost = only(TriggerType.LAYOFFS,
                "Halvex will shut its Tarn mill next spring, and 85 workers are to lose their jobs", null);
        assertThat(lost.company()).isEqualTo("Halvex");
        assertThat(lost.details()).isEqualTo(new Layoffs(85, null));
        assertThat(types("Around 2,000 jobs will go, Halvex says", null)).doesNotContain(TriggerType.LAYOFFS);
        assertThat(types("Halvex fears 300 jobs will go", null)).isEmpty();
    }

    @Test
    void readsCutsOfPayrollsOrderedLayoffsAndJobsLostAsACompanyFails() {
        assertThat(only(TriggerType.LAYOFFS, "Brixham Foods to cut payroll by 1,200", null).company())
            .isEqualTo("Brixham Foods");
        assertThat(only(TriggerType.LAYOFFS, "Tarnwick Motors told dealers it has ordered short-term layoffs "
                + "of 2,300 plant workers.", null).details()).isEqualTo(new Layoffs(2300, null));
        assertThat(types("Tarnwick ordered staff back to the office five days a week", null))
            .doesNotContain(TriggerType.LAYOFFS);
        Detection lost = only(TriggerType.LAYOFFS, "About 250 jobs lost after Corvell Air calls in administrators",
                null);
        assertThat(lost.company()).isEqualTo("Corvell Air");
        assertThat(types("Jobs lost as the slump hits travel", null)).doesNotContain(TriggerType.LAYOFFS);
    }

    @Test
    void takesADecidedCutBesideADangerToOtherJobs() {
        Detection cut = only(TriggerType.LAYOFFS,
                "Brixham to cut 1,700 jobs as Harlow Stores shuts six shops, putting 900 jobs at risk", null);
        assertThat(cut.company()).isEqualTo("Brixham");
        assertThat(cut.details()).isEqualTo(new Layoffs(1700, null));
        assertThat(finders.read("Brixham will cut 500 jobs if the takeover goes ahead", null).ruledOut())
            .contains(TriggerType.LAYOFFS);
    }

    @Test
    void takesNoMonthOrDayForAnExpansionsPlace() {
        assertThat(location(only(TriggerType.EXPANSION, "Halvex opens a depot in March", null))).isNull();
        assertThat(location(only(TriggerType.EXPANSION, "Halvex to open Berlin office on Monday", null)))
            .isEqualTo("Berlin");
    }

    @Test
    void readsOneWhoReturnsToARoleAsHired() {
        Detection returns = only(TriggerType.EXECUTIVE_HIRE, "Dana Lark returns as chief executive of Halvex", null);
        assertThat(returns.company()).isEqualTo("Halvex");
        assertThat(returns.details()).isEqualTo(new TriggerDetails.ExecutiveHire("Dana Lark", "chief executive",
                RoleCategory.CEO));
        assertThat(only(TriggerType.EXECUTIVE_HIRE, "Halvex shares climb as Dana Lark is back as chief executive", null)
            .company()).isEqualTo("Halvex");
    }

    @Test
    void aMoveOnlyTheModelSeesIsNotOfThePersonMovedTheOtherWay() {
        Reading named = finders.read("Quillmere appoints Jane Doe chair, replacing John Roe", null);
        assertThat(named.detections()).extracting(Detection::type).containsExactly(TriggerType.EXECUTIVE_HIRE);
        assertThat(Fallback.detection(TriggerType.LEADERSHIP_DEPARTURE, named, 0.7).details())
            .isEqualTo(new TriggerDetails.LeadershipDeparture("John Roe", "chair", RoleCategory.CHAIR));
    }

    @Test
    void readsTheMonthMayAsNoHedgeButTheModalAsOne() {
        assertThat(types("Quorvane, which in May hired bankers, names Ilse Varga CFO", null))
            .contains(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Tessaly Robotics in May completed its acquisition of Brindle Optics", null))
            .contains(TriggerType.ACQUISITION);
        assertThat(types("Tessaly Robotics May Buy Brindle Optics", null)).isEmpty();
        assertThat(types("Pellmark Foods director, named in May, resigns from the board", null))
            .contains(TriggerType.LEADERSHIP_DEPARTURE);
    }

    @Test
    void readsPeopleNamedAsASourceAStoryOfHowAndAStepTowardAsHedges() {
        assertThat(types("Harwick Bank May Trim Costs by Folding Desks, Cutting Jobs, People Say", null)).isEmpty();
        assertThat(types("How Crumbly raised a Series A for its bakery app", null)).isEmpty();
        assertThat(types("Brennock has taken a first step toward launching its Cellix battery recycling service",
                null)).isEmpty();
        assertThat(types("Crumbly raises a Series A for its bakery app", null)).contains(TriggerType.FUNDING_ROUND);
    }

    @Test
    void takesNoMoveThatIsOnlyProposedOrConditionalOrAStayInTheRole() {
        assertThat(types("Holders propose Arvo Lindqvist shall be elected Veltra chairman", null))
            .isEmpty();
        assertThat(types("What Quenby shareholders should do if executives resign", null)).isEmpty();
        Reading stays = finders.read("Osric Vane is to carry on as Dorrow Mills chairman", null);
        assertThat(stays.detections()).isEmpty();
        assertThat(stays.ruledOut()).contains(TriggerType.EXECUTIVE_HIRE, TriggerType.LEADERSHIP_DEPARTURE);
    }

    @Test
    void takesNoDepartureWhereNobodyLeavesAPostOrOneOnlyDescribesThePerson() {
        assertThat(types("Brindle CEO leaves little room for a settlement with Quorvane", null)).isEmpty();
        assertThat(types("Halvex chairman leaves open the door to a sale", null)).isEmpty();
        assertThat(types("TARVO BANK LEAVES DIVIDEND UNCHANGED", "Tarvo Bank said directors left its yearly "
                + "payout unchanged.")).isEmpty();
        assertThat(types("Pellmark president Ivo Serrat left Portugal today to attend a trade fair", null)).isEmpty();
        assertThat(types("Ousted Halvex CEO Dana Lark sues the board over pay", null)).isEmpty();
        assertThat(types("Halvex CEO Dana Lark leaves the company", null))
            .contains(TriggerType.LEADERSHIP_DEPARTURE);
    }

    @Test
    void takesNoHireFromANounThatLooksLikeAVerbOfHiring() {
        assertThat(types("So the name Pellvane reflects our reach, says Quorvane's President and CEO Ada Lund",
                null)).doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void takesNoMoveFromALedeWhoseHeadlineIsAboutAPublicOffice() {
        assertThat(types("Ivo Serrat Resigns as Executive Director at Marlow Water Agency",
                "The Marlow Water Agency said its executive director Ivo Serrat will leave the post "
                        + "in June.")).isEmpty();
    }

    @Test
    void readsEveryPersonAWireStoryNamesWithARoleOfTheirOwn() {
        List<Detection> hires = finders.read("TARVO MILLS NAMES TWO OFFICERS", "Tarvo Mills Inc said it named Ada "
                + "Kerr to the new post of executive vice president for sales, and Ivo Lark as chief "
                + "financial officer.").detections();
        assertThat(hires).extracting(Details::personOf).containsExactly("Ada Kerr", "Ivo Lark");
        assertThat(hires).extracting(FieldRulingsTest::category)
            .containsExactly(RoleCategory.VP_SALES, RoleCategory.CFO);
    }

    @Test
    void keepsASurnameThatIsAPointOfTheCompassAndDropsHonoursAfterIt() {
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE,
                "Quorvane Appoints Dr Marta West MBE as Chief Operating Officer", null))).isEqualTo("Marta West");
        assertThat(Details.personOf(only(TriggerType.LEADERSHIP_DEPARTURE, "Halvex CFO Tomas North resigns", null)))
            .isEqualTo("Tomas North");
    }

    @Test
    void takesNoRoundFromAnInvestorsExitOrAStudysFinding() {
        assertThat(types("Harlow Equity completed an exit from Brindle Optics by selling its stake to Orvid "
                + "investment group for about 30 million euros", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        Reading study = finders.read("Pet Care Market Grows with Norvale's $2B Investment, Finds Tessaly Research",
                null);
        assertThat(study.detections()).isEmpty();
        assertThat(study.ruledOut()).contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Online shoppers prefer bundles, according to new Quorvane study", null).ruledOut())
            .contains(TriggerType.ACQUISITION);
    }

    @Test
    void takesNoAcquisitionOfAMinorityShareOrOfWhatFollowsACommaAfterTheVerb() {
        assertThat(types("DARROW MINING COMPLETES PART OF FELSTED BUY", "Darrow Mining Ltd said it had closed the "
                + "previously announced buy of 19 pct of Felsted Metals AG.")).isEmpty();
        assertThat(types("Pellvane Acquires, Plans Renovation of Dayton, OH Warehouse", null)).isEmpty();
    }

    @Test
    void takesNoSeatOnABoardThatAdvisesNorAnExitSeenComing() {
        assertThat(types("Brindle Robotics appoints Ivo Serrat to its ethics board", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Dorvane seems bound for an exit now that a new chief executive arrived", null))
            .doesNotContain(TriggerType.LEADERSHIP_DEPARTURE);
        assertThat(types("Halvex appears set to acquire Quillmere Labs", null)).isEmpty();
    }

    @Test
    void takesNoSaleOfAUnitWithNeitherBuyerNorPrice() {
        assertThat(types("TARVO MILLS TO SELL VALVE UNIT", null)).isEmpty();
        assertThat(types("TARVO MILLS TO SELL VALVE UNIT FOR 40 MLN DLRS", null))
            .containsExactly(TriggerType.ACQUISITION);
    }

    @Test
    void rulesOutARoundThatIsAStockSaleOrDebtSecurities() {
        assertThat(finders.read("Pellvane Biotech to raise $30M in stock sale", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Pellvane Biotech raises $30M in private stock sale", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void namesTheOwnerOfARoleAsTheCompanyNotAsThePerson() {
        Detection departure = only(TriggerType.LEADERSHIP_DEPARTURE, "Quillmere Bakery's finance director resigns",
                null);
        assertThat(departure.company()).isEqualTo("Quillmere Bakery");
        assertThat(Details.personOf(departure)).isNull();
    }

    @Test
    void takesNoRoundFromSharesAHolderSellsInAStoryAboutTheCompany() {
        assertThat(types("KESTON <KST> HOLDER SELLS SHARES", "Keston Valve Corp said Ardmore Holdings Ltd sold "
                + "150,000 shares to several outside investors.")).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("KESTON <KST> SELLS SHARES", "Keston Valve Corp said it sold 150,000 new shares "
                + "privately to several outside investors.")).contains(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsAMoveWhosePersonEndsInASuffixOrWhosePredecessorsSurnameIsAnOffice() {
        Detection departure = only(TriggerType.LEADERSHIP_DEPARTURE, "HALVEX SAVINGS CHAIRMAN TO RETIRE",
                "Halvex Savings said chairman Owen T. Pratt Jr. is retiring.");
        assertThat(departure.company()).isEqualTo("Halvex Savings");
        assertThat(Details.personOf(departure)).isEqualTo("Owen T. Pratt Jr");
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE, "Ada Lund succeeds Mira Judge as Quorvane chair",
                null))).isEqualTo("Ada Lund");
    }

    @Test
    void rulesOutTheOtherMoveWhereNoWordTellsOfIt() {
        Reading leaves = finders.read("Quorvane founder quits the chief executive post after 20 years", null);
        assertThat(leaves.detections()).extracting(Detection::type)
            .containsExactly(TriggerType.LEADERSHIP_DEPARTURE);
        assertThat(leaves.ruledOut()).contains(TriggerType.EXECUTIVE_HIRE);
        assertThat(finders.read("Quorvane CEO steps down, successor to be named", null).ruledOut())
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(finders.read("Ada Lund is Quorvane's new CEO", null).ruledOut())
            .contains(TriggerType.LEADERSHIP_DEPARTURE);
    }

    @Test
    void readsALaunchALedesCompanyAnnouncedAsTheNextReleaseOrItsAvailability() {
        Detection next = only(TriggerType.PRODUCT_LAUNCH, "Tessaro readies its ledger suite",
                "Tessaro on Thursday announced the upcoming release of Quorra Ledger, due in spring.");
        assertThat(next.company()).isEqualTo("Tessaro");
        assertThat(product(next)).isEqualTo("Quorra Ledger");
        assertThat(only(TriggerType.PRODUCT_LAUNCH, "Orvane widens its cloud range",
                "Orvane Systems today announced general availability of Drift Vault for small clinics.")
            .company()).isEqualTo("Orvane Systems");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Halvex announces release to manufacturing of "
                + "Halvex Router 9", null))).isEqualTo("Halvex Router 9");
        // the act's noun without a company that announced it stays a noun
        assertThat(types("The launch of Drift Vault drew long queues in Leeds", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsShipmentsOrSalesOfANewProductBegunAsALaunch() {
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Marlow Tools began first customer shipments of the "
                + "Vanta 40 bench scanner", null))).isEqualTo("Vanta 40 bench scanner");
        assertThat(only(TriggerType.PRODUCT_LAUNCH, "Corbel Motors will start selling new Tarn H2 delivery vans in "
                + "Ireland next year", null).company()).isEqualTo("Corbel Motors");
        // shipments counted are deliveries, not a launch
        assertThat(types("Marlow Tools began shipping 400 scanners to Ostrava", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsNoMakerInAProductReleasedBeforeAHeadlinesColonButAProductUnveiledAfterIt() {
        assertThat(only(TriggerType.PRODUCT_LAUNCH, "Tallyhop 5 Released: A Booking App Rebuilt for Clinics",
                "Quenby Software on Monday announced the newest release of Tallyhop, a booking app for clinics.")
            .company()).isEqualTo("Quenby Software");
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Pellby Unveils: Harbour Desk, a Scheduling Hub", null)))
            .isEqualTo("Harbour Desk");
    }

    @Test
    void takesNoLaunchOfAQuotedTitleThatNamesAWork() {
        assertThat(finders.read("Tamsin Vale Launches \"Kiln Notes: The Podcast\" with Orrey Ceramics Guild", null)
            .ruledOut()).contains(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Harlen Moss debuts 'The Small Grower's Guide' online", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Pellby launches 'Harbour Desk' for dental clinics",
                null))).isEqualTo("Harbour Desk");
    }

    @Test
    void takesNoLaunchOfAPeriodsFiguresOrOfAnAgreementBetweenParties() {
        assertThat(types("Veltro Freight releases its Q3 cargo theft index", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Orsk Labs unveils a licensing agreement between Orsk and Dunmere College", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Veltro launches Tandem, a bridge between banks and "
                + "wallets", null))).isEqualTo("Tandem");
    }

    @Test
    void takesNoLaunchThatTheOtherSentenceOnlyPlansOrExpects() {
        Reading planned = finders.read("Korvel, Ansari and Tully to launch Lumen X2 projectors in 2027",
                "Makers backing the new Lumen standard plan to release projectors in 2027.");
        assertThat(planned.detections()).extracting(Detection::type).doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(planned.ruledOut()).contains(TriggerType.PRODUCT_LAUNCH);
        assertThat(finders.read("Quenby could launch a folding tablet in March", null).ruledOut())
            .contains(TriggerType.PRODUCT_LAUNCH);
        // what the company decided stays a launch
        assertThat(types("Korvel to launch Lumen X2 projectors in 2027",
                "Korvel will release its first pocket projectors in 2027.")).contains(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void takesNoLaunchByAStudyOrInTheFirstPersonOrOfASpecificationAPersonsPickOrAToken() {
        assertThat(types("Landmark Study Unveils the Orvane Constant of Sleep", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("We've released a Tarnby plugin for spreadsheets that finally works", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("The Quill Alliance completes its standard", "The Quill Alliance has announced the completion "
                + "of its first stage, with the release of Quill Core Specification 3.1 LR (Long Range).")).isEmpty();
        assertThat(types("Dana Whitlow introduces 'HARVEST,' her six favourite grocers for the winter", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Lendory raised $4M so far, Introduces Voting Token", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Brennock launches its Cellix battery recycling operation", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(product(only(TriggerType.PRODUCT_LAUNCH, "Tarnby introduces 'HARVEST,' its grocery app", null)))
            .isEqualTo("HARVEST");
    }

    @Test
    void readsAPairOfPartnersDatedByTheirDay() {
        Detection venture = only(TriggerType.PARTNERSHIP, "Quarrow Mills and Denholt Glass on Tuesday formed a joint "
                + "venture to make bottles", null);
        assertThat(venture.company()).isEqualTo("Quarrow Mills");
        assertThat(partner(venture)).isEqualTo("Denholt Glass");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Quarrow Mills and Denholt Glass yesterday signed a supply "
                + "agreement", null))).isEqualTo("Denholt Glass");
    }

    @Test
    void namesAPartnerPastTheGroupItBelongsToOrWhereItIsBased() {
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Quarrow Mills signs licensing pact with a unit of Denholt "
                + "Glass", null))).isEqualTo("Denholt Glass");
        assertThat(partner(only(TriggerType.PARTNERSHIP, "Quarrow Mills has agreed an accord with a subsidiary of "
                + "Ohio Based Denholt Glass to make bottles", null))).isEqualTo("Denholt Glass");
    }

    private static @Nullable String location(Detection detection) {
        return ((TriggerDetails.Expansion) detection.details()).location();
    }

    private static String partner(Detection detection) {
        return ((TriggerDetails.Partnership) detection.details()).partner();
    }

    private static String product(Detection detection) {
        return ((TriggerDetails.ProductLaunch) detection.details()).product();
    }

    @Test
    void readsAPersonHiredByNameWithoutARoleAsAnExecutiveHire() {
        Detection hire = only(TriggerType.EXECUTIVE_HIRE, "Quorvane hires Tessaly's Marit Olsen to speed up its "
                + "robot rollout", null);
        assertThat(hire.company()).isEqualTo("Quorvane");
        assertThat(Details.personOf(hire)).isEqualTo("Marit Olsen");
        assertThat(category(hire)).isEqualTo(RoleCategory.OTHER_EXEC);
        assertThat(Details.personOf(only(TriggerType.EXECUTIVE_HIRE, "Brackwell poaches Juno Vale's former agent "
                + "Ravi Okafor", null))).isEqualTo("Ravi Okafor");
        assertThat(types("Halden Foods hires Lucas Brandt to advise on its sale", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Halden Foods hires 40 Engineers In Leeds", null)).doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Tarvo's sales slid after it hired Greta Lind, analysts say", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsTheOwnerOfABusinessBoughtThatTheTextDescribesInLowerCase() {
        Detection unit = only(TriggerType.ACQUISITION, "Norvale acquires cold storage and parcel delivery business "
                + "from Tessaly Group", null);
        assertThat(((TriggerDetails.Acquisition) unit.details()).acquirer()).isEqualTo("Norvale");
        assertThat(unit.company()).isEqualTo("Tessaly Group");
        Detection operations = only(TriggerType.ACQUISITION, "WEXLER BUYS UNIT", "Wexler Corp said it has acquired "
                + "the Canadian marine coatings operations of Halvex Paints Inc.");
        assertThat(operations.company()).isEqualTo("Halvex Paints Inc.");
        Detection agreed = only(TriggerType.ACQUISITION, "Brackwell Games announces definitive agreement on "
                + "acquisition of Quarry Lane Studios", null);
        assertThat(agreed.company()).isEqualTo("Quarry Lane Studios");
    }

    @Test
    void readsCapitalisedWordsBeforeALowerCaseTradeAsADescriptionNotTheTargetsName() {
        Detection described = only(TriggerType.ACQUISITION, "Harwick to buy Dutch HR payroll vendor",
                "Harwick Corp. agreed on Monday to acquire Dutch payroll software vendor Lindelo BV.");
        assertThat(described.company()).isEqualTo("Lindelo BV");
        assertThat(only(TriggerType.ACQUISITION, "Tolvane buys Danish payments startup, Pekko, for $20 million", null)
            .company()).isEqualTo("Pekko");
    }

    @Test
    void keepsOnePlainWordAfterALowerCaseAndInTheNameBought() {
        List<Detection> bought = finders.read("Corrow Media buys Fair Harbour and Lantern in £20m deal", null)
            .detections().stream().filter(detection -> detection.type() == TriggerType.ACQUISITION).toList();
        assertThat(bought).extracting(Detection::company).containsExactly("Fair Harbour and Lantern");
        assertThat(finders.read("Tallis Group acquires BrackWell and Quarryfold", null).detections())
            .extracting(Detection::company).containsExactlyInAnyOrder("BrackWell", "Quarryfold");
    }

    @Test
    void keepsAOneWordNamesOwnPossessiveThatGoesOnToACompanysForm() {
        assertThat(only(TriggerType.ACQUISITION, "Norland acquires Dorran's Survey Group", null).company())
            .isEqualTo("Dorran's Survey Group");
    }

    @Test
    void readsTheSellerForAUnitItsNameOnlyDescribes() {
        Detection sold = only(TriggerType.ACQUISITION, "Kestrel Motors Sells Leasing Unit to Harrow Capital", null);
        assertThat(sold.company()).isEqualTo("Kestrel Motors");
        assertThat(((TriggerDetails.Acquisition) sold.details()).acquirer()).isEqualTo("Harrow Capital");
    }

    @Test
    void readsTheCompanyNotTheDealsNounOfAWireHeadlineThatAgreesToSell() {
        assertThat(only(TriggerType.ACQUISITION, "TARVEN ANNOUNCES AGREEMENT TO SELL MARINE COATINGS BUSINESS", null)
            .company()).isEqualTo("TARVEN");
    }

    @Test
    void readsANewBossOrChiefAsTheCompanysChiefExecutive() {
        Detection gets = only(TriggerType.EXECUTIVE_HIRE, "Quillmere Toys gets new boss after two decades", null);
        assertThat(gets.company()).isEqualTo("Quillmere Toys");
        assertThat(category(gets)).isEqualTo(RoleCategory.CEO);
        Detection named = only(TriggerType.EXECUTIVE_HIRE, "Tarvo Bank: Ilse Varga, longtime trader, named new chief",
                null);
        assertThat(Details.personOf(named)).isEqualTo("Ilse Varga");
        assertThat(category(named)).isEqualTo(RoleCategory.CEO);
        assertThat(types("Ostrava Radio names Dan Ivers new chief weather presenter", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void endsANameAtALegalFormWrittenWithItsFullStop() {
        Detection merger = only(TriggerType.ACQUISITION, "HALLOWAY, QUARROW TO MERGE", "Halloway Drilling Ltd "
                + "agreed to merge with Quarrow Mining Ltd. The price was not given.");
        assertThat(merger.company()).isEqualTo("Quarrow Mining Ltd.");
        Detection both = only(TriggerType.ACQUISITION, "Brenmoor Textiles Co. Ltd. acquires Fennick Dyes", null);
        assertThat(((TriggerDetails.Acquisition) both.details()).acquirer()).isEqualTo("Brenmoor Textiles Co. Ltd.");
    }

    @Test
    void readsAnExecutiveHiredByTheirFormerPost() {
        Detection boss = only(TriggerType.EXECUTIVE_HIRE, "Oat-milk maker Drennan Dairy hires former Kestrel boss",
                null);
        assertThat(boss.company()).isEqualTo("Drennan Dairy");
        Detection named = only(TriggerType.EXECUTIVE_HIRE, "Lowfield poaches former Arvato chief executive Mira Sole",
                null);
        assertThat(Details.personOf(named)).isEqualTo("Mira Sole");
        assertThat(types("Studio Pellan hires former executive producer of hit show", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsASeatFilledByANamedPersonThoughNoCompanyIsNamed() {
        Detection chair = only(TriggerType.EXECUTIVE_HIRE, "Veli-Matti Orsk was elected vice chair .", null);
        assertThat(chair.company()).isNull();
        assertThat(Details.personOf(chair)).isEqualTo("Veli-Matti Orsk");
        assertThat(category(chair)).isEqualTo(RoleCategory.BOARD);
        assertThat(types("Ruth Palm has been appointed Chair and Ilkka Rove Vice Chair .", null))
            .containsOnly(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Ruth Palm was named in the lawsuit .", null)).isEmpty();
        Detection told = only(TriggerType.EXECUTIVE_HIRE, "The company appointed Ruth Palm chief financial "
                + "officer .", null);
        assertThat(told.company()).isNull();
        assertThat(Details.personOf(told)).isEqualTo("Ruth Palm");
        assertThat(category(told)).isEqualTo(RoleCategory.CFO);
        assertThat(types("The company named Ruth Palm as a defendant .", null)).isEmpty();
    }

    @Test
    void readsABankWhoseNameHoldsACountyAsACompany() {
        Detection hire = only(TriggerType.EXECUTIVE_HIRE,
                "Savings Bank of Harlow County Appoints Nia Brook as Chief Lending Officer", null);
        assertThat(hire.company()).isEqualTo("Savings Bank of Harlow County");
        assertThat(types("Harlow County names Nia Brook chief executive officer", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void hiresOneWhoLeavesToTakeAPostAtAnotherCompany() {
        List<Detection> moves = finders.read("HALVEX UNIT PRESIDENT RESIGNS", "Halvex Corp said Ed Lyle quit as "
                + "president of its Tessaly Inc arm to take up the post of chief technology officer at Orvid Mills "
                + "Inc.").detections();
        Detection hire = moves.stream().filter(move -> move.type() == TriggerType.EXECUTIVE_HIRE).findFirst()
            .orElseThrow();
        assertThat(hire.company()).startsWith("Orvid Mills Inc");
        assertThat(Details.personOf(hire)).isEqualTo("Ed Lyle");
        assertThat(category(hire)).isEqualTo(RoleCategory.CTO);
        assertThat(moves).anyMatch(move -> move.type() == TriggerType.LEADERSHIP_DEPARTURE);
    }

    @Test
    void readsNoListingInABondAnOverTheCounterMoveOrAClauseThatOnlyDatesIt() {
        assertThat(types("Harnvik Bank arranges the issue, its new bonds listed on Nasdaq Oslo", null))
            .doesNotContain(TriggerType.IPO);
        assertThat(types("Corvane Motors to begin trading on the OTCQB market from March 3", null))
            .doesNotContain(TriggerType.IPO);
        assertThat(types("Small caps lag", "When Tessly Bio priced its IPO last May, it hoped for more."))
            .doesNotContain(TriggerType.IPO);
        assertThat(types("Tessly Bio prices initial public offering at $14 a share", null))
            .contains(TriggerType.IPO);
    }

    @Test
    void readsACompanysOwnIpoAsTheNewsThoughNoVerbTellsWhatItDid() {
        assertThat(only(TriggerType.IPO, "Quillmere's IPO far from a blockbuster", null).company())
            .isEqualTo("Quillmere");
        assertThat(types("Weekly digest: Quillmere's IPO agenda and new phones", null))
            .doesNotContain(TriggerType.IPO);
        assertThat(types("ORVID ON ITS HOLDINGS", "Orvid Corp said it keeps a large part in Tamsell Inc's initial "
                + "public offering.")).doesNotContain(TriggerType.IPO);
    }

    @Test
    void readsNoRoundInDebtSwappedForSharesOrANotesIssue() {
        assertThat(types("Quellmar Foods exchanged $6 million in notes for new stock", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("ORBRIDGE TO RAISE 80 MLN STG IN NOTES ISSUE", null))
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Quellmar Foods raises $6 million from Harlow Ventures", null))
            .contains(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsNoMoveInARuleForWhenItHappensInAQuotedHeadlineOrInACaucus() {
        assertThat(types("Harlan Pike's rule for when company founders suddenly resign", null)).isEmpty();
        assertThat(types("\"The Orvid Forum welcomes the vote on trade,\" stated Ada Lund, President of the Forum",
                "The Orvid Forum has praised the decision announced by Chancellor Jonas Reed.")).isEmpty();
        assertThat(types("Guild Names Mira Holt Co-Chair of Its Regional Caucus", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Mira Holt Named Co-Chair of Tamsell Freight", null)).contains(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsNoListingOfACryptoProtocolNorAWritersOwnBidForShares() {
        assertThat(types("Tarnis, a Lending Protocol for Web3, Will Be Listed on Orbex Exchange", null))
            .doesNotContain(TriggerType.IPO);
        assertThat(types("Quillmere IPO: hype check", "I've placed my order for shares of Quillmere Inc. in its "
                + "initial public offering.")).doesNotContain(TriggerType.IPO);
    }

    @Test
    void readsNoRoundThatOnlyMayBeRaisedOrComesFromAPropertyTrust() {
        assertThat(types("BRANDELL ON FINANCING", "Brandell Inc got word from Harlow Securities that it could raise "
                + "as much as 90 mln dlrs.")).isEmpty();
        assertThat(types("VESTRA CARE GETS FUNDING", "Vestra Care Inc closed a pair of transactions with "
                + "Orland Health Properties, a real estate investment trust.")).isEmpty();
    }

    @Test
    void rulesOutARoundWhereTheMoneyCameFromAnIpoButNotOneThatHeadsForIt() {
        assertThat(finders.read("Tessaly Robotics raises $84M in IPO", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Quillmere IPO raises $310 million as shares climb", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Pellucid nets $52M from its Nasdaq IPO", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Orvid Labs lands $40M round with an eye toward IPO", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Harrow Data gears up for IPO, raises $25M Series D", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Brisko eyes IPO after it raises $30M", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsNewSharesAnInvestorBuysAsTheIssuersRoundButNotSharesBoughtFromHolders() {
        Detection treasury = only(TriggerType.FUNDING_ROUND, "NORVAL BUYS SHARES OF TAMSELL", "Norval Inc said it "
                + "has agreed to purchase 400,000 treasury shares of Tamsell Group Inc for 4.10 dlrs each.");
        assertThat(treasury.company()).isEqualTo("Tamsell Group Inc");
        assertThat(((TriggerDetails.Funding) treasury.details()).investors()).containsExactly("Norval Inc");
        assertThat(((TriggerDetails.Funding) treasury.details()).amount()).isNull();
        assertThat(only(TriggerType.FUNDING_ROUND, "HALVEX TO TAKE 40 PCT OF BRITISH SHIPPER", "Halvex Corp said it "
                + "will subscribe for 12 mln shares in shipping group, Orland Marine Plc, paying 45p each.")
            .company()).isEqualTo("Orland Marine Plc");
        assertThat(types("ORVID BUYS STAKE", "Orvid Corp said it bought 300,000 shares of Tamsell Inc from a group "
                + "of holders.")).doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void rulesOutARoundWhereAUnitIsSold() {
        assertThat(finders.read("Quenby closes $30M sale of its foods division", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Tamsell completes private sale of 900,000 shares to investors", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void rulesOutARoundTheCompanyOnlyCouldGet() {
        assertThat(finders.read("Brisko could grab up to $300M from Orvid", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Brisko grabs $300M from Orvid", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void rulesOutARoundWhereACompanySpendsOnItsOwnSitesOrResearch() {
        assertThat(finders.read("Tessaly to pour $1B into a new chip plant", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Orvid Labs invests $2M in Halifax-based robotics research", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Harlow Ventures invests $5M in Quillbit", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Harlow Ventures invests $5M in Quillbit", null)).contains(TriggerType.FUNDING_ROUND);
    }

    @Test
    void namesTheStartupPeopleRaiseMoneyForNotThePeople() {
        assertThat(only(TriggerType.FUNDING_ROUND, "Two Orvid chemists raise $3M for startup Tessaly Bio", null)
            .company()).isEqualTo("Tessaly Bio");
        assertThat(only(TriggerType.FUNDING_ROUND, "Hale students raise $120K for their company Quillbit", null)
            .company()).isEqualTo("Quillbit");
        assertThat(types("Fans raise $50,000 for injured striker", null)).doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void rulesOutARoundWhereAStockOfferingNotSaidToBePrivateBringsTheMoney() {
        assertThat(finders.read("Pellucid raises $48M in second stock offering", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
        assertThat(finders.read("Pellucid raises $48M in private stock offering", null).ruledOut())
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void rulesOutARoundWhereACompanyPricesItsIpo() {
        assertThat(finders.read("Quillmere raises $70 million pricing its IPO above range", null).ruledOut())
            .contains(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsACompanyAFundManagerBacksOrFinancesAsARoundWithoutAnAmount() {
        Detection backed = only(TriggerType.FUNDING_ROUND, "Orvid Capital backs Berlin-based fintech Quillbit", null);
        assertThat(backed.company()).isEqualTo("Quillbit");
        assertThat(((TriggerDetails.Funding) backed.details()).investors()).containsExactly("Orvid Capital");
        assertThat(only(TriggerType.FUNDING_ROUND, "Harlow Partners finances puzzle app Tessaly", null).company())
            .isEqualTo("Tessaly");
        assertThat(types("Orvid Capital backs plan to cut costs", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("Acme backs Quillbit", null)).doesNotContain(TriggerType.FUNDING_ROUND);
        assertThat(types("HALE <HL> REGISTERS OFFERING", "Hale Inc registered a secondary offering of shares to be "
                + "sold by Orvid Partners and Brook Fund Inc."))
            .doesNotContain(TriggerType.FUNDING_ROUND);
    }

    @Test
    void readsNoLayoffsDoneByMistake() {
        assertThat(types("Brightwater accidentally fires dozens of contractors", null))
            .doesNotContain(TriggerType.LAYOFFS);
        assertThat(types("Brightwater fires dozens of contractors", null)).contains(TriggerType.LAYOFFS);
    }

    @Test
    void hiresASuccessorToldByThePostHeldAndASurnameOrAfterTheRoleLeft() {
        Detection surname = only(TriggerType.EXECUTIVE_HIRE,
                "Tarvo Mobile founder Ines Moreau quits as CEO, replaced by Orvid unit head Lindqvist", null);
        assertThat(surname.company()).isEqualTo("Tarvo Mobile");
        assertThat(Details.personOf(surname)).isEqualTo("Lindqvist");
        assertThat(category(surname)).isEqualTo(RoleCategory.CEO);
        Detection succeeded = only(TriggerType.EXECUTIVE_HIRE, "HALVEX NAMES NEW CHIEF", "Halvex Corp said Ruth M. "
                + "Palm will be succeeded as chief executive and chairwoman by its treasurer Ola Brandt in June.");
        assertThat(Details.personOf(succeeded)).isEqualTo("Ola Brandt");
        assertThat(types("Quenby Foods CFO Ada Lund resigns, replaced by outside firm Orvex", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsACreativeDirectorAndAVentureFirmsPartnersAsExecutives() {
        Detection creative = only(TriggerType.EXECUTIVE_HIRE, "Maison Orlette names Ivo Lark its new creative director",
                null);
        assertThat(Details.personOf(creative)).isEqualTo("Ivo Lark");
        assertThat(category(creative)).isEqualTo(RoleCategory.OTHER_EXEC);
        Detection partner = only(TriggerType.EXECUTIVE_HIRE, "Harlow Ventures promotes Ada Lund to managing partner",
                null);
        assertThat(partner.company()).isEqualTo("Harlow Ventures");
        assertThat(category(partner)).isEqualTo(RoleCategory.OTHER_EXEC);
        Detection leaves = only(TriggerType.LEADERSHIP_DEPARTURE, "Tarvo Capital General Partner Jane Moss steps down",
                null);
        assertThat(Details.personOf(leaves)).isEqualTo("Jane Moss");
        assertThat(types("Orvid and Quenby form a general partnership to run the mill", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsACompanysFounderMovedIntoARoleAsTheCompanysHire() {
        Detection hire = only(TriggerType.EXECUTIVE_HIRE, "Orvid Future cofounder tapped as chief executive again",
                null);
        assertThat(hire.company()).isEqualTo("Orvid Future");
        assertThat(Details.personOf(hire)).isNull();
        assertThat(category(hire)).isEqualTo(RoleCategory.CEO);
        assertThat(only(TriggerType.EXECUTIVE_HIRE, "Tarvo Foods founder appointed chair of Quenby Mills", null)
            .company()).isEqualTo("Quenby Mills");
    }

    @Test
    void readsARoleThatEndsTheSentenceAfterAnAndAsTheSamePersonsRole() {
        Detection left = only(TriggerType.LEADERSHIP_DEPARTURE, "BRANDELL OPTICS CHAIRMAN QUITS",
                "Brandell Optics Inc said Ivo K. Lark has left as president and chairwoman.");
        assertThat(left.details()).isInstanceOfSatisfying(TriggerDetails.LeadershipDeparture.class,
                departure -> assertThat(departure.role()).isEqualTo("president and chairwoman"));
        assertThat(category(left)).isEqualTo(RoleCategory.CHAIR);
    }

    @Test
    void readsTheRoleAPersonIsNamedIntoAfterOneElectedFirst() {
        Detection hire = only(TriggerType.EXECUTIVE_HIRE, "TARROW MILLS PICKS FINANCE HEAD", "Tarrow Mills Inc "
                + "said its board elected Nils Ek a senior vice president and made him its finance chief.");
        assertThat(Details.personOf(hire)).isEqualTo("Nils Ek");
        assertThat(category(hire)).isEqualTo(RoleCategory.CFO);
    }

    @Test
    void readsNoPostTakenFromARoleHeldBeforeNorFromABoardThatIsBoarded() {
        assertThat(types("Tarvo appoints former Orvid vice president Lena Ortiz to its ethics council", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE,
                "Tarvo appoints former Orvid vice president Lena Ortiz as CFO", null))).isEqualTo(RoleCategory.CFO);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE,
                "Tarvo appoints former Orvid vice president Lena Ortiz to lead its Nordic unit", null)))
            .isEqualTo(RoleCategory.GM);
        assertThat(types("Quillmere Welcomes Riders to Board the Night Train", null))
            .doesNotContain(TriggerType.EXECUTIVE_HIRE);
        assertThat(types("Tarvo appoints Lena Ortiz to its board", null)).contains(TriggerType.EXECUTIVE_HIRE);
    }

    @Test
    void readsTheHeadOfAUnitAsItsGeneralManagerAndNoCompanyWhereTheStoryNamedItBefore() {
        Detection unit = only(TriggerType.EXECUTIVE_HIRE, "Tarvo names Ada Lund head of its Nordic unit", null);
        assertThat(unit.company()).isEqualTo("Tarvo");
        assertThat(category(unit)).isEqualTo(RoleCategory.GM);
        Detection cut = only(TriggerType.EXECUTIVE_HIRE, "The company also appointed Ada Lund head of the Orvid "
                + "Quarries unit.", null);
        assertThat(cut.company()).isNull();
        assertThat(Details.personOf(cut)).isEqualTo("Ada Lund");
        assertThat(category(cut)).isEqualTo(RoleCategory.GM);
        assertThat(category(only(TriggerType.EXECUTIVE_HIRE, "Tarvo hires Ada Lund as head of sales", null)))
            .isEqualTo(RoleCategory.VP_SALES);
    }

    @Test
    void readsAWorkForceWrittenAsTwoWordsAsTheStaffCut() {
        Detection cut = only(TriggerType.LAYOFFS, "Pellmont Telecom to Trim Work Force by About 8 Percent", null);
        assertThat(cut.company()).isEqualTo("Pellmont Telecom");
        assertThat(cut.details()).isEqualTo(new Layoffs(null, new BigDecimal("8")));
        assertThat(only(TriggerType.LAYOFFS, "Quarrel Brewing cuts its sales force by a third", null).company())
            .isEqualTo("Quarrel Brewing");
        assertThat(types("Pellmont cuts air force contract bid", null)).doesNotContain(TriggerType.LAYOFFS);
    }

    @Test
    void readsALaunchAnnouncedWithItsProductNamedBeforeTheNoun() {
        Detection brand = only(TriggerType.PRODUCT_LAUNCH,
                "Marrowgate Home announces Tidy Fern Brand Launch in Canada", null);
        assertThat(brand.company()).isEqualTo("Marrowgate Home");
        assertThat(brand.details()).isEqualTo(new TriggerDetails.ProductLaunch("Tidy Fern"));
        assertThat(only(TriggerType.PRODUCT_LAUNCH, "Ostrava Games celebrates Skyreach launch", null).company())
            .isEqualTo("Ostrava Games");
        assertThat(types("Marrowgate Home announces Official Launch", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
        assertThat(types("Marrowgate announces Spring launch date", null)).doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAnExchangeWelcomingACompanyToItsMarketAsTheCompanysListing() {
        Detection welcomed = only(TriggerType.IPO,
                "NYSE Welcomes Brindlewood Therapeutics Inc. [BRWD] to Its Big Board", null);
        assertThat(welcomed.company()).isEqualTo("Brindlewood Therapeutics Inc.");
        assertThat(((TriggerDetails.Ipo) welcomed.details()).exchange()).isEqualTo("NYSE");
        assertThat(types("Nasdaq welcomes new listing rules for small issuers", null)).doesNotContain(TriggerType.IPO);
        assertThat(types("Corvane Foods welcomes Ida Marsh to its board", null)).doesNotContain(TriggerType.IPO);
    }

    @Test
    void readsAnIpoPricedAtTheTopOfItsTargetButNoTargetAlone() {
        assertThat(only(TriggerType.IPO, "Quillfin prices shares at the top of its IPO target", null).company())
            .isEqualTo("Quillfin");
        assertThat(types("Quillfin sets IPO target of $2 billion", null)).doesNotContain(TriggerType.IPO);
    }

    @Test
    void readsACompanyGoingPublicWithFanfareButNotOneGoingPublicWithAClaim() {
        assertThat(only(TriggerType.IPO, "Harlow Grain went public with a splash on Friday", null).company())
            .isEqualTo("Harlow Grain");
        assertThat(types("Harlow Grain goes public with its claims against Beta Mills", null))
            .doesNotContain(TriggerType.IPO);
    }

    @Test
    void readsAPartnershipTheCompanysChiefConfirmsForIt() {
        Detection confirmed = only(TriggerType.PARTNERSHIP, "Brindle Coffee CEO confirms Oakhaven partnership", null);
        assertThat(confirmed.company()).isEqualTo("Brindle Coffee");
        assertThat(((TriggerDetails.Partnership) confirmed.details()).partner()).isEqualTo("Oakhaven");
        assertThat(only(TriggerType.PARTNERSHIP, "Brindle Coffee founder teams up with Oakhaven on a savings app", null)
            .company()).isEqualTo("Brindle Coffee");
        assertThat(types("Former Brindle CEO joins Oakhaven", null)).doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAVoluntaryExitProgramOfferedToStaffAsLayoffs() {
        assertThat(only(TriggerType.LAYOFFS, "Tessaly announces 'voluntary separation program' for its UK staff", null)
            .company()).isEqualTo("Tessaly");
        assertThat(only(TriggerType.LAYOFFS, "A month after buying Orvel, Tessaly offers its workers the exit door",
                null).company()).isEqualTo("Tessaly");
        assertThat(types("Tessaly could spare its plants as workers take a voluntary exit scheme", null))
            .doesNotContain(TriggerType.LAYOFFS);
    }

    @Test
    void readsAProductShownOffAsLaunchedButNoPrototype() {
        Detection shown = only(TriggerType.PRODUCT_LAUNCH, "Corvane shows off Lumen, its lightweight reading glasses",
                null);
        assertThat(shown.company()).isEqualTo("Corvane");
        assertThat(shown.details()).isEqualTo(new TriggerDetails.ProductLaunch("Lumen"));
        assertThat(types("Corvane showed off a prototype of its folding scooter", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAPartnershipThatOpensTheHeadlineAsThatOfTheCompanyNamedAfterIt() {
        Detection opening = only(TriggerType.PARTNERSHIP,
                "With a new Pellow Bank partnership, Quarrix's payroll app adds instant transfers", null);
        assertThat(opening.company()).isEqualTo("Quarrix");
        assertThat(((TriggerDetails.Partnership) opening.details()).partner()).isEqualTo("Pellow Bank");
        assertThat(types("With its Pellow Bank partnership, Quarrix eyes Europe", null))
            .doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsAProductThatArrivesPastItsAppositiveAsALaunch() {
        Detection arrived = only(TriggerType.PRODUCT_LAUNCH,
                "Halvard's first budgeting app, a planner called Penny, arrives in Brazil", null);
        assertThat(arrived.company()).isEqualTo("Halvard");
        assertThat(only(TriggerType.PRODUCT_LAUNCH,
                "Corvane Labs' lending platform, loanly, has officially launched on iOS", null).company())
            .isEqualTo("Corvane Labs");
        assertThat(types("Halvard's app, which launched in 2019, keeps growing", null))
            .doesNotContain(TriggerType.PRODUCT_LAUNCH);
    }

    @Test
    void readsAPairsVerblessHeadlineOfTheDealTheyAreInOrFor() {
        Detection pair = only(TriggerType.PARTNERSHIP, "Ostrel Pay and Vintara for Cross-Border Billing Collaboration",
                null);
        assertThat(pair.company()).isEqualTo("Ostrel Pay");
        assertThat(((TriggerDetails.Partnership) pair.details()).partner()).isEqualTo("Vintara");
        assertThat(types("Ostrel and Vintara in partnership talks", null)).doesNotContain(TriggerType.PARTNERSHIP);
    }

    @Test
    void readsTheFullerRoleAWireLedeGivesForTheHeadlinesPostInCapitals() {
        Detection retiring = only(TriggerType.LEADERSHIP_DEPARTURE, "VELMORE FOODS <VLMF> PRESIDENT TO RETIRE",
                "Tobias Renner, president and CEO of Velmore Foods Inc, said he will retire in June.");
        Detection leaving = only(TriggerType.LEADERSHIP_DEPARTURE, "HARLAN MILLS <HRLM> PRESIDENT RESIGNS",
                "Harlan Mills Corp said Edith Sorrel, its president, has resigned, and named vice president "
                        + "Carl Nye to the post.");

        assertThat(category(retiring)).isEqualTo(RoleCategory.CEO);
        assertThat(category(leaving)).isEqualTo(RoleCategory.PRESIDENT);
    }

    @Test
    void readsTheOneReplacedAsLeavingThePostTheSuccessorTakesNotTheOneHeldBefore() {
        Detection replaced = only(TriggerType.LEADERSHIP_DEPARTURE, "Ostrel Mining said finance chief Vera Lund was "
                + "named chief executive, succeeding Piet Aalders, who retired.", null);
        Detection leftOwnPost = only(TriggerType.LEADERSHIP_DEPARTURE, "Ostrel Mining said finance chief Vera Lund "
                + "was named chief executive, succeeding Piet Aalders, who resigned as chairman.", null);

        assertThat(Details.personOf(replaced)).isEqualTo("Piet Aalders");
        assertThat(category(replaced)).isEqualTo(RoleCategory.CEO);
        assertThat(category(leftOwnPost)).isEqualTo(RoleCategory.CHAIR);
    }

    @Test
    void readsSomeoneWhoLeavesForATripAsNoDeparture() {
        assertThat(types("Quenby Grain chairman leaves for growers' summit in Lima", null))
                .doesNotContain(TriggerType.LEADERSHIP_DEPARTURE);
        assertThat(types("Tamsell president Ivo Brandt left for talks with lenders", null))
                .doesNotContain(TriggerType.LEADERSHIP_DEPARTURE);
        assertThat(types("Tamsell CFO Ivo Brandt leaves for rival Quenby", null))
                .contains(TriggerType.LEADERSHIP_DEPARTURE);
    }

    @Test
    void readsAChiefsAcronymInLowerCaseAsTheRole() {
        Detection leaving = only(TriggerType.LEADERSHIP_DEPARTURE, "BRANDELN OPTICS <BRO> PRESIDENT RESIGNS",
                "Brandeln Optics Inc said Mira Castell, its chairman, president and ceo, stepped down on Friday.");

        assertThat(category(leaving)).isEqualTo(RoleCategory.CEO);
    }

    private Detection only(TriggerType type, String title, @Nullable String text) {
        List<Detection> found = finders.read(title, text).detections().stream()
            .filter(detection -> detection.type() == type)
            .toList();
        assertThat(found).as(type + " in " + title).hasSize(1);
        return found.get(0);
    }

    private static RoleCategory category(Detection detection) {
        return switch (detection.details()) {
            case TriggerDetails.ExecutiveHire hire -> hire.roleCategory();
            case TriggerDetails.LeadershipDeparture departure -> departure.roleCategory();
            default -> throw new AssertionError("no executive move: " + detection);
        };
    }
}
