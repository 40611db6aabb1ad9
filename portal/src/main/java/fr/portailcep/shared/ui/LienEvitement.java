package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Aller au contenu": the first stop of the keyboard, which moves the focus to the page's content. The page's
 * {@code <base href=".">} and Vaadin's router would turn a plain {@code #contenu} link into a navigation to the
 * home page, so the link moves the focus itself.
 */
class LienEvitement extends Anchor {

    LienEvitement(String cible, String libelle) {
        super("#" + cible, libelle);
        addClassName("pc-evitement");
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const c = document.getElementById($0); if (c) { c.focus(); c.scrollIntoView(); } });"
                + " this.dataset.pret = '';", cible);
    }
}
