package fr.portailcep.echeance.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.SuiviDemande;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * Every open request for a first exchange, the most urgent first: its due date ("au plus tard le …"), the working
 * days left, the stage reached (J-10, J-3, overdue), the rendez-vous planned and the call-back asked for.
 */
@Route(value = DemandesView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed({"MANAGER", "CONSEILLER"})
public class DemandesView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/demandes";

    private final EcheancesService echeances;
    private final Div contenu = new Div();

    public DemandesView(EcheancesService echeances, Clock horloge) {
        this.echeances = echeances;
        addClassNames("pc-page", "pc-page-large");
        var agenda = new com.vaadin.flow.component.html.Anchor("/espace-pro/agenda", getTranslation("demandes.agenda"));
        agenda.addClassName("pc-lien");
        add(new H1(getTranslation("demandes.titre")), new Paragraph(getTranslation("demandes.intro")),
                new Paragraph(agenda), contenu);
        afficher();
    }

    private void afficher() {
        contenu.removeAll();
        var suivi = echeances.suivi();
        if (suivi.isEmpty()) {
            contenu.add(new Paragraph(getTranslation("demandes.aucune")));
            return;
        }
        var table = new NativeTable();
        table.addClassName("pc-tableau");
        table.setId("demandes");
        var head = new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("demandes.col.personne")),
                new NativeTableHeaderCell(getTranslation("demandes.col.demande")),
                new NativeTableHeaderCell(getTranslation("demandes.col.echeance")),
                new NativeTableHeaderCell(getTranslation("demandes.col.etat")),
                new NativeTableHeaderCell(getTranslation("demandes.col.rdv")),
                new NativeTableHeaderCell(getTranslation("demandes.col.rappel"))));
        var corps = new NativeTableBody();
        suivi.forEach(s -> corps.add(ligne(s)));
        table.add(head, corps);
        contenu.add(table);
    }

    private NativeTableRow ligne(SuiviDemande s) {
        var d = s.demande();
        var zone = d.territoire().fuseauHoraire();
        var qui = new NativeTableCell(s.personne());
        d.reference().ifPresent(r -> qui.add(new Paragraph(r)));
        var etat = new Span(s.enRetard() ? getTranslation("demandes.etat.retard")
                : s.palier().map(p -> getTranslation("demandes.etat." + p.name(), s.joursOuvresRestants()))
                        .orElse(getTranslation("demandes.etat.ok", s.joursOuvresRestants())));
        etat.addClassNames("pc-badge", s.enRetard() ? "pc-badge-retard"
                : s.palier().map(p -> "pc-badge-" + p.name().toLowerCase()).orElse("pc-badge-ok"));
        var rdv = new NativeTableCell(s.prochainRendezVous()
                .map(i -> Formats.francais().dateAbregeeHeure(i, zone)
                        + (s.sansRendezVousAvantEcheance() ? " – " + getTranslation("demandes.rdv.tard") : ""))
                .orElse(getTranslation("demandes.rdv.aucun")));
        var rappel = new NativeTableCell();
        s.rappel().ifPresentOrElse(r -> {
            rappel.add(new Span(r.telephone() + r.disponibilites().map(t -> " – " + t).orElse("")));
            var fait = new Button(getTranslation("demandes.rappel.fait"), e -> {
                echeances.rappelFait(r.id());
                afficher();
            });
            fait.setId("rappel-fait-" + r.id());
            rappel.add(fait);
        }, () -> rappel.setText("–"));
        var ligne = new NativeTableRow(qui, new NativeTableCell(Formats.francais().dateAbregee(d.dateDemande())),
                new NativeTableCell(Formats.francais().dateAbregee(d.dateLimite())), new NativeTableCell(etat), rdv, rappel);
        ligne.setId("demande-" + d.id());
        ligne.getElement().setAttribute("data-etat", s.enRetard() ? "RETARD" : s.palier().map(Enum::name).orElse(""));
        return ligne;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demandes.titre") + " – " + getTranslation("portail.nom");
    }
}
