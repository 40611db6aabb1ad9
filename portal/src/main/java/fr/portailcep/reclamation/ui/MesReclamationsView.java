package fr.portailcep.reclamation.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.reclamation.ResumeReclamation;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.PortailLayout;

/** "Mes réclamations", on a phone: the button to file one, then each réclamation with its state and next date. */
@Route(value = MesReclamationsView.CHEMIN, layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MesReclamationsView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "mes-reclamations";

    public MesReclamationsView(ReclamationsService reclamations, Clock horloge) {
        addClassNames("pc-page", "pc-mes-reclamations");
        var intro = new Paragraph(getTranslation("reclamation.mes.intro"));
        intro.addClassName("pc-intro");
        var nouvelle = new Anchor("/" + NouvelleReclamationView.CHEMIN, getTranslation("reclamation.mes.nouvelle"));
        nouvelle.addClassNames("pc-bouton-lien", "pc-bouton-principal");
        nouvelle.setId("faire-une-reclamation");
        add(new H1(getTranslation("reclamation.mes.titre")), intro, nouvelle);

        var liste = reclamations.mesReclamations();
        var section = new Section();
        section.addClassName("pc-carte");
        section.setId("liste-reclamations");
        if (liste.isEmpty()) {
            section.add(new Paragraph(getTranslation("reclamation.mes.aucune")));
        } else {
            var ul = new UnorderedList();
            ul.addClassName("pc-liste-objets");
            liste.forEach(r -> ul.add(item(r, horloge)));
            section.add(ul);
        }
        add(section);
    }

    private ListItem item(ResumeReclamation r, Clock horloge) {
        var titre = new Span(getTranslation("reclamation.numero", r.numero()) + " – " + r.motif() + " ");
        titre.addClassName("pc-objet-titre");
        var entete = new Div(titre, Reclamations.etat(this, r.etat(), r.enRetard()));
        entete.addClassName("pc-reclamation-entete");
        var f = Formats.francais();
        var details = new Paragraph(getTranslation("reclamation.dates.recue", f.dateLongue(r.recueLe())) + ". "
                + (r.reponseAvant() == null ? ""
                        : getTranslation("reclamation.dates.reponse", f.dateLongue(r.reponseAvant())) + "."));
        details.addClassName("pc-objet-details");
        var voir = new Anchor("/" + CHEMIN + "/" + r.id(), getTranslation("reclamation.mes.voir"));
        voir.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        voir.getElement().setAttribute("aria-label", getTranslation("reclamation.mes.voir.aria", r.numero()));
        var item = new ListItem(entete, details, voir);
        item.addClassName("pc-objet");
        item.setId("reclamation-" + r.id());
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reclamation.mes.titre") + " – " + getTranslation("portail.nom");
    }
}
