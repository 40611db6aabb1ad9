package fr.portailcep.livrable.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.livrable.EtatLivrable;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.VueLivrable;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * "Mes documents", for the person on a phone: first the documents waiting for their signature, then those being
 * written (drafts shared with them, or waiting for the other signer), then the signed ones with their sealed PDF.
 * Which group a document is in is the livrable's answer: what this person may do with it now, and its state.
 */
@Route(value = "mes-documents", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MesDocumentsView extends Div implements HasDynamicTitle {

    public MesDocumentsView(LivrablesService livrables, Clock horloge) {
        addClassNames("pc-page", "pc-mes-documents");
        var zone = horloge.getZone();
        add(new H1(getTranslation("documents.titre")));
        var intro = new Paragraph(getTranslation("documents.intro"));
        intro.addClassName("pc-intro");
        add(intro);

        var documents = livrables.mesDocuments();
        if (documents.isEmpty()) {
            var vide = new Section(new Paragraph(getTranslation("documents.aucun")));
            vide.addClassName("pc-carte");
            vide.setId("aucun-document");
            add(vide);
            return;
        }
        var aSigner = new ArrayList<VueLivrable>();
        var enCours = new ArrayList<VueLivrable>();
        var signes = new ArrayList<VueLivrable>();
        for (var d : documents) {
            if (MonDocumentView.attendMaSignature(d)) {
                aSigner.add(d);
            } else if (d.etat() == EtatLivrable.SIGNE) {
                signes.add(d);
            } else {
                enCours.add(d);
            }
        }
        if (!aSigner.isEmpty()) {
            var section = section("a-signer", "documents.a.signer");
            section.addClassName("pc-livrables-a-signer");
            var liste = liste();
            aSigner.forEach(d -> {
                var item = item(d, zone);
                item.add(new Paragraph(getTranslation("documents.a.signer.texte")));
                var signer = new Anchor("/mes-documents/" + d.id(), getTranslation("documents.lire.et.signer"));
                signer.addClassNames("pc-bouton-lien", "pc-bouton-principal");
                signer.getElement().setAttribute("aria-label",
                        getTranslation("documents.lire.et.signer") + " : " + Livrables.type(this, d));
                item.add(signer);
                liste.add(item);
            });
            section.add(liste);
            add(section);
        }
        if (!enCours.isEmpty()) {
            var section = section("en-cours", "documents.en.cours");
            var liste = liste();
            enCours.forEach(d -> {
                var item = item(d, zone);
                item.add(new Paragraph(getTranslation(d.etat() == EtatLivrable.BROUILLON ? "documents.en.cours.texte"
                        : "documents.attente.autre")));
                item.add(lire(d));
                liste.add(item);
            });
            section.add(liste);
            add(section);
        }
        var section = section("signes", "documents.signes");
        if (signes.isEmpty()) {
            section.add(new Paragraph(getTranslation("documents.aucun.signe")));
        } else {
            var liste = liste();
            signes.forEach(d -> {
                var item = item(d, zone);
                var actions = new Div(lire(d), Livrables.pdf(this, livrables, d));
                actions.addClassName("pc-actions");
                item.add(actions);
                liste.add(item);
            });
            section.add(liste);
        }
        add(section);
    }

    private Section section(String id, String cle) {
        var section = new Section(new H2(getTranslation(cle)));
        section.addClassName("pc-carte");
        section.setId(id);
        return section;
    }

    private static UnorderedList liste() {
        var liste = new UnorderedList();
        liste.addClassNames("pc-liste-objets", "pc-liste-documents");
        return liste;
    }

    private ListItem item(VueLivrable d, ZoneId zone) {
        var titre = new Span(Livrables.type(this, d) + " ");
        titre.addClassName("pc-objet-titre");
        var details = new Span(d.signeLe().map(le -> getTranslation("documents.signe.le",
                Formats.francais().dateLongueHeure(le, zone))).orElse(Livrables.version(this, d)));
        details.addClassName("pc-objet-details");
        var entete = new Div(titre, Livrables.etat(this, d.etat()));
        entete.addClassName("pc-document-entete");
        var item = new ListItem(entete, details);
        item.addClassNames("pc-objet", "pc-document-item");
        item.setId("document-" + d.id());
        return item;
    }

    private Anchor lire(VueLivrable d) {
        var lien = new Anchor("/mes-documents/" + d.id(), getTranslation("documents.lire"));
        lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        lien.getElement().setAttribute("aria-label",
                getTranslation("documents.lire.aria", Livrables.type(this, d), d.version()));
        return lien;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.titre") + " – " + getTranslation("portail.nom");
    }
}
