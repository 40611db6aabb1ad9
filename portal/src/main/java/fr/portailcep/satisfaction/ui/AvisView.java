package fr.portailcep.satisfaction.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.satisfaction.AvisParLien;
import fr.portailcep.satisfaction.ReponseParLien;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * The page of a one-tap answer link of a satisfaction courriel, open without signing in: it records the answer,
 * then offers the other question (its own one-tap links) and a comment in the person's space. A link changed,
 * expired or already used records nothing and says so in plain French.
 */
@Route(value = "avis", layout = PortailLayout.class)
@AnonymousAllowed
public class AvisView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final AvisParLien avis;
    private final ZoneId zone;
    private String titre = "";

    public AvisView(AvisParLien avis, Clock horloge) {
        this.avis = avis;
        this.zone = horloge.getZone();
        addClassNames("pc-page", "pc-avis-page");
    }

    @Override
    public void setParameter(BeforeEvent evenement, @OptionalParameter String jeton) {
        removeAll();
        switch (avis.repondre(jeton)) {
            case ReponseParLien.Enregistree r -> enregistree(r);
            case ReponseParLien.DejaUtilise d -> refus("avis-deja-utilise", "avis.deja.titre", "avis.deja.texte",
                    d.enquete());
            case ReponseParLien.Expire x -> refus("avis-expire", "avis.expire.titre", "avis.expire.texte", null);
            case ReponseParLien.Falsifie f -> refus("avis-falsifie", "avis.falsifie.titre", "avis.falsifie.texte", null);
        }
    }

    private void enregistree(ReponseParLien.Enregistree r) {
        titre = getTranslation("avis.merci.titre");
        var h1 = new H1(titre);
        var confirmation = new Paragraph(getTranslation("avis.merci.texte",
                getTranslation("satisfaction.question." + r.question()),
                getTranslation("satisfaction.niveau." + r.niveau())));
        confirmation.addClassName("pc-avis");
        confirmation.setId("avis-enregistre");
        confirmation.getElement().setAttribute("role", "status");
        add(h1, confirmation);
        r.autre().ifPresent(q -> {
            var question = new H2(getTranslation("satisfaction.question." + q));
            question.setId("avis-autre-question");
            var choix = new Div();
            choix.addClassNames("pc-avis-choix");
            choix.getElement().setAttribute("role", "group");
            choix.getElement().setAttribute("aria-labelledby", "avis-autre-question");
            r.choix().forEach(c -> {
                var lien = new Anchor(c.chemin(), getTranslation("satisfaction.niveau." + c.niveau()));
                lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
                lien.setId("avis-choix-" + c.niveau().name().toLowerCase(java.util.Locale.ROOT));
                choix.add(lien);
            });
            add(question, choix);
        });
        add(new H2(getTranslation("avis.commentaire.titre")), new Paragraph(getTranslation("avis.commentaire.texte",
                Formats.francais().dateLongue(r.modifiableJusquAu().atZone(zone).toLocalDate()))),
                lienMonAvis(r.enquete()));
    }

    private void refus(String id, String cleTitre, String cleTexte, UUID enquete) {
        titre = getTranslation(cleTitre);
        var texte = new Paragraph(getTranslation(cleTexte));
        texte.addClassName("pc-alerte");
        texte.setId(id);
        texte.getElement().setAttribute("role", "alert");
        add(new H1(titre), texte);
        if (enquete != null) {
            var lien = lienMonAvis(enquete);
            lien.setText(getTranslation("avis.espace.lien"));
            add(lien);
        } else {
            var accueil = new Anchor("/", getTranslation("avis.accueil"));
            accueil.addClassName("pc-lien");
            add(accueil);
        }
    }

    private Anchor lienMonAvis(UUID enquete) {
        var lien = new Anchor("/" + MonAvisView.chemin(enquete), getTranslation("avis.commentaire.lien"));
        lien.addClassNames("pc-bouton-lien", "pc-bouton-principal");
        lien.setId("avis-mon-espace");
        return lien;
    }

    @Override
    public String getPageTitle() {
        return titre + " – " + getTranslation("portail.nom");
    }
}
