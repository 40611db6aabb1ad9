package fr.portailcep.shared.web;

import java.util.List;

import fr.portailcep.shared.ui.Public;

/**
 * What the layout of an HTML-first page needs besides the page itself.
 *
 * @param pour who is reading (a signed-in bénéficiaire keeps their own navigation)
 * @param accueil the address of the brand link (the public home, or the person's own home)
 * @param navigation the bottom navigation, in order
 * @param prechargements Vaadin's files the browser may fetch at low priority while the person reads (DD020)
 */
public record MiseEnPage(Public pour, String accueil, List<Lien> navigation, List<String> prechargements) {

    /**
     * An entry of the navigation.
     *
     * @param icone the id of the symbol in {@code portail/icones.svg}
     * @param actif the current page (rendered with {@code aria-current="page"})
     * @param compteur a number shown beside the label (0: none)
     */
    public record Lien(String libelle, String adresse, String icone, boolean actif, long compteur) {
    }

    public boolean anonyme() {
        return pour == Public.ANONYME;
    }
}
