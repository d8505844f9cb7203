package fi.kanta.demo;

/**
 * Names, streets and towns of the demo shop's three markets. Real common names, so that
 * rendered letters and emails look like the real thing and so that the letters ä, ö and å (and
 * an apostrophe or an accent) travel through every import, template and export.
 */
final class DemoNames {

    private DemoNames() {
    }

    static final String[] FINNISH_FIRST = {
        "Matti", "Liisa", "Juha", "Päivi", "Timo", "Sari", "Mikko", "Anne", "Jari", "Tuula", "Antti", "Marjatta",
        "Ville", "Hanna", "Jussi", "Kaisa", "Pekka", "Minna", "Tuomas", "Sanna", "Väinö", "Aino", "Eero", "Helmi",
        "Onni", "Ilona", "Lauri", "Venla", "Jyrki", "Pirjo", "Heikki", "Riikka", "Janne", "Satu", "Kalle", "Elina",
        "Olli", "Katja", "Esa", "Merja", "Yrjö", "Sirkka", "Tapio", "Hilkka", "Aleksi", "Emilia", "Jukka", "Sinikka",
    };

    static final String[] FINNISH_LAST = {
        "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen", "Pöllänen", "Väisänen", "Räsänen", "Hyvönen", "Kärkkäinen", "Leinonen",
        "Miettinen", "Pitkänen", "Aaltonen", "Manninen", "Hiltunen", "Peltonen", "Seppälä", "Hakala", "Koivisto",
        "Nurmi", "Lyytikäinen", "Kettunen",
    };

    static final String[] SWEDISH_FIRST = {
        "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Kristina", "Per", "Lena", "Karl", "Åsa",
        "Björn", "Ingrid", "Göran", "Birgitta", "Håkan", "Sofia", "Nils", "Elsa", "Magnus", "Linnéa", "Mats", "Ulla",
        "Jörgen", "Malin", "Stefan", "Astrid", "Gustav", "Ebba", "Olof", "Sara", "Henrik", "Märta", "Fredrik",
        "Cecilia", "Torbjörn", "Ida", "Mikael", "Agneta", "Axel", "Saga", "Oskar", "Hedvig", "Sten", "Frida", "Ragnar",
    };

    static final String[] SWEDISH_LAST = {
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
        "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
        "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg",
        "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Åberg", "Löfgren", "Bäckström",
        "Ström", "Öberg", "Sjögren", "Nyström", "Holmqvist", "Åström", "Wikström",
    };

    static final String[] ENGLISH_FIRST = {
        "Oliver", "Olivia", "George", "Amelia", "Harry", "Isla", "Jack", "Ava", "Jacob", "Emily", "Charlie", "Sophie",
        "Thomas", "Grace", "Oscar", "Lily", "William", "Chloe", "James", "Ella", "Henry", "Freya", "Noah", "Jessica",
        "Alfie", "Charlotte", "Leo", "Evie", "Daniel", "Poppy", "Samuel", "Ruby", "Joseph", "Florence", "Arthur",
        "Alice", "Edward", "Eleanor", "Benjamin", "Hannah", "Matthew", "Lucy", "Siobhan", "Niamh", "Rhys", "Seán", "Zoë",
    };

    static final String[] ENGLISH_LAST = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
        "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
        "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
        "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "Scott", "Phillips", "Watson", "Parker", "O'Brien",
        "O'Connor", "Smith-Jones", "Campbell", "MacDonald",
    };

    static final String[] FINNISH_STREETS = {
        "Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Kauppakatu", "Rantakatu", "Koulukatu", "Kirkkokatu",
        "Puistokatu", "Satamakatu", "Isokatu", "Läntinen Rantakatu", "Hämeentie", "Mäkelänkatu", "Itäinen Pitkäkatu",
        "Kalevankatu", "Yliopistonkatu", "Keskuskatu", "Torikatu", "Asemakatu", "Koivukuja", "Kuusitie", "Mäntytie",
        "Pihlajatie", "Vaahterakuja", "Myllytie", "Järvenrannantie", "Kalliotie", "Peltotie", "Tervahovintie",
        "Sääksjärventie",
    };

    /** Swedish street names: in Sweden, and in the Swedish-speaking towns of Finland. */
    static final String[] SWEDISH_STREETS = {
        "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan", "Kyrkogatan",
        "Skolgatan", "Järnvägsgatan", "Södra Förstadsgatan", "Östra Hamngatan", "Västra Hamngatan", "Linnégatan",
        "Ringvägen", "Sjögatan", "Strandvägen", "Björkvägen", "Ekvägen", "Tallvägen", "Lärkvägen", "Åsvägen",
        "Ängsvägen", "Möllevångsgatan", "Strandgatan", "Handelsesplanaden", "Runebergsgatan", "Topeliusgatan",
    };

    static final String[] ENGLISH_STREETS = {
        "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Road",
        "Queen Street", "Kings Road", "Mill Lane", "The Crescent", "Albert Road", "New Road", "Grange Road",
        "Springfield Road", "Baker Street", "Chester Road", "London Road", "Windsor Avenue", "Orchard Close",
        "St John's Road", "Meadow Way", "Richmond Terrace", "Elm Grove",
    };

    /**
     * A town and the first three digits of its postal codes ({@code codeStart} up to
     * {@code codeStart + codeSpan - 1}); Finnish codes are those and two more digits, Swedish
     * ones {@code NNN NN}.
     */
    record Town(String name, int codeStart, int codeSpan) {
    }

    static final Town[] FINNISH_TOWNS = {
        new Town("Helsinki", 1, 99), new Town("Espoo", 21, 9), new Town("Vantaa", 13, 7), new Town("Tampere", 331, 9),
        new Town("Turku", 201, 9), new Town("Oulu", 901, 9), new Town("Jyväskylä", 401, 9), new Town("Kuopio", 701, 9),
        new Town("Lahti", 151, 9), new Town("Pori", 281, 9), new Town("Joensuu", 801, 9),
        new Town("Lappeenranta", 531, 9), new Town("Hämeenlinna", 131, 9), new Town("Rovaniemi", 961, 9),
        new Town("Seinäjoki", 601, 9), new Town("Mikkeli", 501, 9), new Town("Järvenpää", 44, 1),
        new Town("Kotka", 481, 9), new Town("Äänekoski", 441, 1),
    };

    /** Towns of Swedish-speaking Finland, under their Swedish names (Finnish postal codes). */
    static final Town[] FINLAND_SWEDISH_TOWNS = {
        new Town("Helsingfors", 1, 99), new Town("Esbo", 21, 9), new Town("Vasa", 651, 9), new Town("Borgå", 61, 5),
        new Town("Åbo", 201, 9), new Town("Jakobstad", 686, 1), new Town("Ekenäs", 106, 1), new Town("Karleby", 671, 1),
        new Town("Mariehamn", 221, 1),
    };

    /** Swedish towns. */
    static final Town[] SWEDISH_TOWNS = {
        new Town("Stockholm", 111, 60), new Town("Göteborg", 411, 20), new Town("Malmö", 211, 20),
        new Town("Uppsala", 751, 9), new Town("Västerås", 721, 9), new Town("Örebro", 702, 9),
        new Town("Linköping", 582, 8), new Town("Helsingborg", 252, 8), new Town("Jönköping", 553, 8),
        new Town("Norrköping", 602, 8), new Town("Lund", 222, 5), new Town("Umeå", 903, 7),
        new Town("Gävle", 802, 7), new Town("Luleå", 972, 5), new Town("Skövde", 541, 5),
    };

    /** A UK town and its postcode area, e.g. "LS" + district 1..29. */
    record PostTown(String name, String area, int firstDistrict, int districts) {
    }

    static final PostTown[] UK_TOWNS = {
        new PostTown("London", "SW", 1, 20), new PostTown("London", "N", 1, 22), new PostTown("London", "E", 1, 18),
        new PostTown("Manchester", "M", 1, 40), new PostTown("Birmingham", "B", 1, 40), new PostTown("Leeds", "LS", 1, 29),
        new PostTown("Bristol", "BS", 1, 16), new PostTown("Liverpool", "L", 1, 38), new PostTown("Edinburgh", "EH", 1, 17),
        new PostTown("Glasgow", "G", 1, 40), new PostTown("Cardiff", "CF", 10, 15), new PostTown("York", "YO", 1, 32),
        new PostTown("Brighton", "BN", 1, 3), new PostTown("Norwich", "NR", 1, 14),
    };

    /** Letters a UK inward code may end with (no C, I, K, M, O, V). */
    static final String UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
}
