package dev.kairos.ingest.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Countries, regions, states and business cities: to tell "expands into Germany" from "expands into payments", and
 * "invests $2B in India" from "invests $2B in OpenAI".
 */
final class Places {

    private static final Set<String> NAMES = Set.copyOf(java.util.Arrays.asList(
            "afghanistan", "albania", "algeria", "angola", "argentina",
            "armenia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "benin",
            "bolivia", "bosnia", "botswana", "brazil", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china",
            "colombia", "costa rica", "croatia", "cyprus", "czechia", "czech republic", "denmark", "dominican republic",
            "ecuador", "egypt", "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece",
            "guatemala", "honduras", "hong kong", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
            "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea",
            "south korea", "kuwait", "latvia", "lebanon", "lithuania", "luxembourg", "macau", "malaysia", "malta",
            "mexico", "moldova", "mongolia", "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands",
            "the netherlands", "new zealand", "nigeria", "norway", "oman", "pakistan", "panama", "paraguay", "peru",
            "philippines", "the philippines", "poland", "portugal", "puerto rico", "qatar", "romania", "russia",
            "rwanda", "saudi arabia", "senegal", "serbia", "singapore", "slovakia", "slovenia", "south africa",
            "spain", "sri lanka", "sweden", "switzerland", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
            "turkiye", "uganda", "ukraine", "united arab emirates", "uae", "the uae", "united kingdom", "uk", "the uk",
            "britain", "great britain", "england", "scotland", "wales", "northern ireland", "united states", "us",
            "u.s.", "the us", "the u.s.", "usa", "america", "uruguay", "uzbekistan", "venezuela", "vietnam", "zambia",
            "zimbabwe", "europe", "asia", "africa", "latin america", "north america", "south america", "emea",
            "apac", "asia-pacific", "asia pacific", "the middle east", "middle east", "southeast asia",
            "south-east asia", "the nordics", "nordics", "scandinavia", "the gulf", "gulf", "the americas",
            "americas", "dach", "benelux", "mena", "latam", "the eu", "eu", "gcc", "oceania", "the caribbean",
            "caribbean", "central america", "central europe", "eastern europe", "western europe", "east africa",
            "west africa", "north africa", "sub-saharan africa", "alabama", "alaska", "arizona", "arkansas",
            "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "british columbia",
            "alberta", "bavaria", "catalonia", "tamil nadu", "karnataka", "maharashtra", "gujarat", "telangana",
            "london", "paris", "berlin", "munich", "hamburg", "frankfurt", "amsterdam", "rotterdam", "brussels",
            "dublin", "madrid", "barcelona", "lisbon", "porto", "milan", "rome", "turin", "zurich", "geneva",
            "vienna", "prague", "warsaw", "krakow", "budapest", "bucharest", "sofia", "athens", "istanbul",
            "stockholm", "oslo", "copenhagen", "helsinki", "tallinn", "riga", "vilnius", "manchester", "edinburgh",
            "glasgow", "birmingham", "leeds", "bristol", "cambridge", "oxford", "belfast", "cardiff", "lyon",
            "marseille", "toulouse", "cologne", "stuttgart", "dusseldorf", "leipzig", "dresden", "new york city",
            "nyc", "san francisco", "los angeles", "chicago", "boston", "seattle", "austin", "denver", "miami",
            "atlanta", "dallas", "houston", "phoenix", "san diego", "san jose", "washington, d.c.", "washington dc",
            "d.c.", "philadelphia", "pittsburgh", "detroit", "nashville", "charlotte", "raleigh", "salt lake city",
            "portland", "minneapolis", "columbus", "las vegas", "toronto", "montreal", "vancouver", "ottawa",
            "calgary", "mexico city", "sao paulo", "são paulo", "rio de janeiro", "buenos aires", "santiago", "bogota",
            "bogotá", "lima", "tokyo", "osaka", "seoul", "busan", "beijing", "shanghai", "shenzhen", "guangzhou",
            "hangzhou", "taipei", "bangkok", "jakarta", "kuala lumpur", "manila", "ho chi minh city", "hanoi",
            "mumbai", "delhi", "new delhi", "bengaluru", "bangalore", "hyderabad", "chennai", "pune", "kolkata",
            "gurugram", "gurgaon", "noida", "karachi", "lahore", "dhaka", "colombo", "sydney", "melbourne",
            "brisbane", "perth", "auckland", "wellington", "dubai", "abu dhabi", "riyadh", "jeddah", "doha",
            "tel aviv", "jerusalem", "cairo", "lagos", "nairobi", "cape town", "johannesburg", "accra", "kigali",
            "casablanca", "silicon valley", "the bay area", "bay area", "the midwest", "midwest", "the u.k.", "u.k.",
            "texas", "ireland", "the us market", "latin american", "the nordic region", "the mena region",
            "abu dhabi global market", "luxembourg city", "monterrey", "guadalajara", "medellin", "medellín",
            "montevideo", "quito", "leuven", "ghent", "antwerp", "eindhoven", "utrecht", "the hague", "basel",
            "lausanne", "bern", "gothenburg", "malmo", "malmö", "aarhus", "tampere", "espoo", "cork", "galway",
            "limerick", "nice", "bordeaux", "lille", "nantes", "grenoble", "valencia", "seville", "bilbao", "malaga",
            "naples", "bologna", "florence", "genoa", "krakow", "wroclaw", "gdansk", "poznan", "brno", "cluj",
            "belgrade", "zagreb", "ljubljana", "kyiv", "kiev", "lviv", "tbilisi", "yerevan", "baku", "almaty",
            "tashkent", "singapore city", "penang", "cebu", "da nang", "chengdu", "wuhan", "nanjing", "suzhou",
            "xiamen", "hong kong sar", "fukuoka", "nagoya", "yokohama", "kyoto", "sapporo", "incheon", "ahmedabad",
            "chandigarh", "jaipur", "kochi", "indore", "coimbatore", "thiruvananthapuram", "abuja", "addis ababa",
            "dar es salaam", "kampala", "tunis", "algiers", "muscat", "manama", "kuwait city", "amman", "beirut",
            "haifa", "adelaide", "canberra", "gold coast", "christchurch", "arizona's", "ohio's", "phoenix area",
            "reno", "boise", "tucson", "albuquerque", "omaha", "kansas city", "st. louis", "indianapolis",
            "cincinnati", "cleveland", "milwaukee", "madison", "orlando", "tampa", "jacksonville", "new orleans",
            "memphis", "louisville", "richmond", "baltimore", "hartford", "providence", "new haven", "sacramento",
            "oakland", "palo alto", "mountain view", "sunnyvale", "santa clara", "irvine", "san antonio",
            "fort worth", "el paso", "oklahoma city", "tulsa", "little rock", "birmingham, alabama", "charleston",
            "savannah", "durham", "greenville", "knoxville", "chattanooga", "lexington", "des moines", "fargo",
            "anchorage", "honolulu", "spokane", "tacoma", "eugene", "waterloo", "halifax", "winnipeg", "edmonton",
            "quebec city", "victoria"));

    private Places() {
    }

    /** Whether the name is a known place, "Austin, Texas" and "the UK" included. */
    static boolean isPlace(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (NAMES.contains(lower)) {
            return true;
        }
        int comma = lower.indexOf(',');
        if (comma > 0) {
            return NAMES.contains(lower.substring(0, comma).strip())
                    || NAMES.contains(lower.substring(comma + 1).strip());
        }
        return lower.startsWith("the ") && NAMES.contains(lower.substring(4));
    }
}
