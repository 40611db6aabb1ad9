package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The footer of every page a bénéficiaire sees. It says what the médiateur de France compétences is and how to
 * reach them (CCTP §3.7: "doivent figurer sur le site internet de l’opérateur").
 */
public class PiedDePage extends Footer {

    public PiedDePage() {
        addClassName("pc-pied");
        var titre = new H2(getTranslation("pied.mediateur.titre"));
        titre.addClassName("pc-pied-titre");
        var texte = new Paragraph(getTranslation("pied.mediateur.texte"));
        var enSavoirPlus = new Anchor("/mediateur", getTranslation("pied.mediateur.lien"));
        enSavoirPlus.addClassName("pc-lien");
        var liens = new Paragraph();
        liens.addClassName("pc-pied-liens");
        var reclamation = new Anchor("/reclamation", getTranslation("reclamation.lien.public"));
        reclamation.addClassName("pc-lien");
        reclamation.setId("pied-reclamation");
        liens.add(reclamation, enSavoirPlus);
        var gratuit = new Paragraph(getTranslation("pied.gratuit"));
        gratuit.addClassName("pc-pied-discret");
        var france = new Anchor("https://www.francecompetences.fr", getTranslation("pied.francecompetences"));
        france.addClassName("pc-lien");
        liens.add(france);
        add(titre, texte, liens, gratuit);
    }
}
