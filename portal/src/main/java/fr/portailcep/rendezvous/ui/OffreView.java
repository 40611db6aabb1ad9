package fr.portailcep.rendezvous.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.rendezvous.BilanSite;
import fr.portailcep.rendezvous.ControleHorairesElargis;
import fr.portailcep.rendezvous.OffreService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/** The offer week by week against §3.3 (extended or shifted hours at least two days a week), site by site. */
@Route(value = OffreView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class OffreView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/offre";
    static final int SEMAINES = 8;

    public OffreView(OffreService offre, Clock horloge) {
        addClassNames("pc-page", "pc-page-large");
        var agenda = new com.vaadin.flow.component.html.Anchor("/" + AgendaView.CHEMIN, getTranslation("offre.agenda"));
        agenda.addClassName("pc-lien");
        add(new H1(getTranslation("offre.titre")), new Paragraph(getTranslation("offre.intro")), new Paragraph(agenda));
        var bilans = offre.controleHorairesElargis(LocalDate.now(horloge.withZone(Lieux.PAR_DEFAUT)), SEMAINES);
        if (!bilans.stream().allMatch(BilanSite::toujoursConforme)) {
            var alerte = new Paragraph(getTranslation("offre.alerte"));
            alerte.addClassName("pc-alerte");
            alerte.setId("offre-alerte");
            alerte.getElement().setAttribute("role", "alert");
            add(alerte);
        }
        for (var bilan : bilans) {
            add(new H2(bilan.site().nom()));
            add(tableau(bilan));
        }
    }

    private NativeTable tableau(BilanSite bilan) {
        var table = new NativeTable();
        table.addClassName("pc-tableau");
        table.setId("offre-" + bilan.site().id());
        var entete = new NativeTableRow(new NativeTableHeaderCell(getTranslation("offre.col.semaine")),
                new NativeTableHeaderCell(getTranslation("offre.col.jours")),
                new NativeTableHeaderCell(getTranslation("offre.col.etat")));
        var head = new NativeTableHeader();
        head.add(entete);
        var corps = new NativeTableBody();
        for (var semaine : bilan.semaines()) {
            var jours = semaine.jours().stream().filter(ControleHorairesElargis.Jour::estElargi)
                    .map(j -> Formats.francais().dateSansAnnee(j.date()).split(" ")[0] + " (" + j.fenetres().stream()
                            .map(f -> getTranslation("offre.fenetre." + f.name())).collect(Collectors.joining(", "))
                            + ")")
                    .collect(Collectors.joining(" ; "));
            var etat = new Span(semaine.conforme() ? getTranslation("offre.conforme")
                    : getTranslation("offre.nonconforme", semaine.joursElargis()));
            etat.addClassNames("pc-badge", semaine.conforme() ? "pc-badge-ok" : "pc-badge-retard");
            var ligne = new NativeTableRow(new NativeTableCell(getTranslation("offre.semaine", Formats.francais().dateSansAnnee(semaine.lundi()))),
                    new NativeTableCell(jours.isEmpty() ? getTranslation("offre.aucunjour") : jours), new NativeTableCell(etat));
            ligne.getElement().setAttribute("data-conforme", String.valueOf(semaine.conforme()));
            corps.add(ligne);
        }
        table.add(head, corps);
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offre.titre") + " – " + getTranslation("portail.nom");
    }
}
