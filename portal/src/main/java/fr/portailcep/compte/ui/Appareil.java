package fr.portailcep.compte.ui;

/** "Chrome sur Android": enough to recognise one's own phone in a list of sessions. */
final class Appareil {

    private Appareil() {
    }

    static String decrire(String agent) {
        if (agent == null || agent.isBlank()) {
            return "Appareil inconnu";
        }
        String systeme;
        if (agent.contains("Android")) {
            systeme = "Android";
        } else if (agent.contains("iPhone")) {
            systeme = "iPhone";
        } else if (agent.contains("iPad")) {
            systeme = "iPad";
        } else if (agent.contains("Windows")) {
            systeme = "Windows";
        } else if (agent.contains("Mac OS X") || agent.contains("Macintosh")) {
            systeme = "Mac";
        } else if (agent.contains("CrOS")) {
            systeme = "Chromebook";
        } else if (agent.contains("Linux")) {
            systeme = "Linux";
        } else {
            systeme = "appareil inconnu";
        }
        String navigateur;
        if (agent.contains("Edg/")) {
            navigateur = "Edge";
        } else if (agent.contains("Firefox/") || agent.contains("FxiOS")) {
            navigateur = "Firefox";
        } else if (agent.contains("SamsungBrowser")) {
            navigateur = "Samsung Internet";
        } else if (agent.contains("Chrome/") || agent.contains("CriOS")) {
            navigateur = "Chrome";
        } else if (agent.contains("Safari/")) {
            navigateur = "Safari";
        } else {
            navigateur = "Navigateur";
        }
        return navigateur + " sur " + systeme;
    }
}
