package fr.portailcep.messagerie.ui;

/** "120 Ko", "1,4 Mo". */
final class Taille {

    private Taille() {
    }

    static String decrire(long octets) {
        if (octets < 1024) {
            return octets + " o";
        }
        if (octets < 1024 * 1024) {
            return Math.round(octets / 1024.0) + " Ko";
        }
        return String.format(java.util.Locale.FRANCE, "%.1f Mo", octets / (1024.0 * 1024.0));
    }
}
