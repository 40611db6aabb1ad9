package fr.portailcep.reclamation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.reclamation.EtatReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.reclamation.ResumeReclamation;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * The correspondant médiation's desk: every réclamation of the people they may see, open ones first by next due
 * date (the acknowledgement's while it is not sent, then the answer's), with its state, lateness and assignee.
 */
@Route(value = BureauReclamationsView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class BureauReclamationsView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/reclamations";

    public BureauReclamationsView(ReclamationsService reclamations) {
        addClassNames("pc-page", "pc-page-large", "pc-bureau-reclamations");
        var courrier = new Anchor("/" + CourrierReclamationView.CHEMIN, getTranslation("reclamation.bureau.courrier"));
        courrier.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        courrier.setId("enregistrer-courrier");
        add(new H1(getTranslation("reclamation.bureau.titre")), new Paragraph(getTranslation("reclamation.bureau.intro")),
                courrier);
        var liste = reclamations.bureau();
        if (liste.isEmpty()) {
            var vide = new Paragraph(getTranslation("reclamation.bureau.aucune"));
            vide.setId("aucune-reclamation");
            add(vide);
            return;
        }
        var table = new NativeTable();
        table.addClassName("pc-tableau");
        table.setId("reclamations");
        var entete = new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("reclamation.bureau.col.reclamation")),
                new NativeTableHeaderCell(getTranslation("reclamation.bureau.col.personne")),
                new NativeTableHeaderCell(getTranslation("reclamation.bureau.col.recue")),
                new NativeTableHeaderCell(getTranslation("reclamation.bureau.col.echeance")),
                new NativeTableHeaderCell(getTranslation("reclamation.bureau.col.etat")),
                new NativeTableHeaderCell(getTranslation("reclamation.bureau.col.assigne"))));
        var corps = new NativeTableBody();
        liste.forEach(r -> corps.add(ligne(r)));
        table.add(entete, corps);
        add(table);
    }

    private NativeTableRow ligne(ResumeReclamation r) {
        var f = Formats.francais();
        var lien = new Anchor("/" + CHEMIN + "/" + r.id(), getTranslation("reclamation.numero", r.numero()));
        lien.addClassName("pc-lien");
        var quoi = new NativeTableCell(lien, new Paragraph(r.motif()));
        var echeance = new NativeTableCell(r.echeance() == null ? "–"
                : getTranslation(r.echeance().equals(r.accuseAvant()) && r.etat() == EtatReclamation.RECUE
                        ? "reclamation.bureau.echeance.accuse" : "reclamation.bureau.echeance.reponse",
                        f.dateAbregee(r.echeance())));
        var ligne = new NativeTableRow(quoi, new NativeTableCell(r.personne()),
                new NativeTableCell(f.dateAbregee(r.recueLe())), echeance,
                new NativeTableCell(Reclamations.etat(this, r.etat(), r.enRetard())),
                new NativeTableCell(r.assigneA() == null ? getTranslation("reclamation.bureau.personne.assignee")
                        : r.assigneA()));
        ligne.setId("reclamation-" + r.id());
        ligne.getElement().setAttribute("data-etat", r.enRetard() ? "RETARD" : r.etat().name());
        return ligne;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reclamation.bureau.titre") + " – " + getTranslation("portail.nom");
    }
}
