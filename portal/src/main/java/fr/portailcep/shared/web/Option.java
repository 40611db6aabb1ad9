package fr.portailcep.shared.web;

/** One option of a choice in an HTML form (fragment {@code champs :: choix}); {@code aide} may be null. */
public record Option(String valeur, String libelle, String aide) {

    public Option(String valeur, String libelle) {
        this(valeur, libelle, null);
    }
}
