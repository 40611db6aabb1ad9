package fr.portailcep.aiguillage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions of France (2016) and their départements, to tell whether a person lives or works in the area of
 * this operator (CCTP §1.2.4: "l’opérateur régional compétent sur son bassin de vie ou d’emploi"). The département
 * is read from the postcode's first digits; a few communes near a border have a postcode of the neighbouring
 * département, so a person is never refused on this ground, only told.
 */
public final class Regions {

    private static final Map<String, Set<String>> DEPARTEMENTS = Map.ofEntries(
            Map.entry("auvergne-rhone-alpes", Set.of("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74")),
            Map.entry("bourgogne-franche-comte", Set.of("21", "25", "39", "58", "70", "71", "89", "90")),
            Map.entry("bretagne", Set.of("22", "29", "35", "56")),
            Map.entry("centre-val de loire", Set.of("18", "28", "36", "37", "41", "45")),
            Map.entry("corse", Set.of("20")),
            Map.entry("grand est", Set.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
            Map.entry("hauts-de-france", Set.of("02", "59", "60", "62", "80")),
            Map.entry("ile-de-france", Set.of("75", "77", "78", "91", "92", "93", "94", "95")),
            Map.entry("normandie", Set.of("14", "27", "50", "61", "76")),
            Map.entry("nouvelle-aquitaine", Set.of("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87")),
            Map.entry("occitanie", Set.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")),
            Map.entry("pays de la loire", Set.of("44", "49", "53", "72", "85")),
            Map.entry("provence-alpes-cote d'azur", Set.of("04", "05", "06", "13", "83", "84")),
            Map.entry("guadeloupe", Set.of("971")),
            Map.entry("martinique", Set.of("972")),
            Map.entry("guyane", Set.of("973")),
            Map.entry("la reunion", Set.of("974")),
            Map.entry("mayotte", Set.of("976")));

    private Regions() {
    }

    /** The départements of a region named as people write it ("Grand Est", "Île-de-France"…). */
    public static Optional<Set<String>> departementsDe(String region) {
        if (region == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(DEPARTEMENTS.get(normaliser(region)));
    }

    /** "67" for 67000, "974" for 97400, "20" for Corsica. */
    public static String departementDuCodePostal(String codePostal) {
        return codePostal.startsWith("97") ? codePostal.substring(0, 3) : codePostal.substring(0, 2);
    }

    private static String normaliser(String texte) {
        var sansAccents = Normalizer.normalize(texte.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sansAccents.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ")
                .replace("provence-alpes-cote d azur", "provence-alpes-cote d'azur");
    }
}
