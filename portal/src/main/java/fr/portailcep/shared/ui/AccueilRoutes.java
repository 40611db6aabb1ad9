package fr.portailcep.shared.ui;

/** The paths of the homes and of sign-in, shared by the layouts and the security configuration. */
public final class AccueilRoutes {

    public static final String PUBLIC = "";
    public static final String CONNEXION = "connexion";
    public static final String BENEFICIAIRE = "mon-espace";
    public static final String CONSEILLER = "conseiller";
    public static final String MANAGER = "pilotage";
    public static final String MEDIATEUR = "mediation";
    public static final String COMPTE = "compte";
    public static final String COMPTE_PRO = "espace-pro/compte";

    private AccueilRoutes() {
    }

    /** The home of a role, as a path starting with a slash. */
    public static String accueilDe(String role) {
        return "/" + switch (role) {
            case "BENEFICIAIRE" -> BENEFICIAIRE;
            case "CONSEILLER" -> CONSEILLER;
            case "MANAGER" -> MANAGER;
            case "MEDIATEUR" -> MEDIATEUR;
            default -> PUBLIC;
        };
    }
}
