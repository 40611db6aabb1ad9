package fr.portailcep.rendezvous.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * The free slots, next ones first, by day; the date by which a first exchange is guaranteed; and, when nothing
 * suits before that date, the call-back request instead of a dead end.
 */
@Route(value = "rendez-vous/creneaux", layout = PortailLayout.class)
@AnonymousAllowed
public class CreneauxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String AIGUILLAGE = "rendez-vous";

    private final CreneauxService creneaux;
    private final OperateurService operateurs;
    private final DemandeCourante demandeCourante;

    public CreneauxView(CreneauxService creneaux, OperateurService operateurs, CompteService comptes,
            BeneficiaireService beneficiaires, EcheancesService echeances) {
        this.creneaux = creneaux;
        this.operateurs = operateurs;
        this.demandeCourante = new DemandeCourante(comptes, beneficiaires, echeances);
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var contexte = VaadinSession.getCurrent().getAttribute(ContexteDemande.class);
        if (contexte == null) {
            evenement.forwardTo(AIGUILLAGE);
            return;
        }
        removeAll();
        var dateLimite = demandeCourante.dateLimite(contexte);
        var echeance = new Paragraph();
        echeance.add(new Span(getTranslation("creneaux.echeance", Formats.francais().dateLongue(dateLimite))));
        echeance.setId("echeance");
        echeance.addClassNames("pc-avis", "pc-echeance");
        var aideEcheance = new Paragraph(getTranslation("creneaux.echeance.aide"));
        aideEcheance.addClassName("pc-discret");

        var alerte = new Div();
        alerte.setId("alerte-creneaux");
        alerte.getElement().setAttribute("role", "status");

        var lieux = new Lieux(operateurs);
        var liste = new ListeCreneaux(creneaux, lieux, dateLimite, this::choisir);
        liste.quandRafraichi(libres -> signaler(alerte, libres, dateLimite, lieux));

        var rappel = new Anchor("/" + RappelView.CHEMIN, getTranslation("creneaux.rappel.lien"));
        rappel.setId("demander-rappel");
        rappel.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        var carteRappel = new Carte(getTranslation("creneaux.rappel.titre"),
                new Paragraph(getTranslation("creneaux.rappel.texte")), rappel);

        add(new H1(getTranslation("creneaux.titre")), echeance, aideEcheance, alerte, liste, carteRappel);
        liste.rafraichir();
    }

    private void signaler(Div alerte, List<CreneauPropose> libres, LocalDate dateLimite, Lieux lieux) {
        alerte.removeAll();
        alerte.removeClassName("pc-alerte");
        var avant = libres.stream().anyMatch(c -> !c.debut().atZone(lieux.zone(c.siteId())).toLocalDate()
                .isAfter(dateLimite));
        if (!avant) {
            alerte.addClassName("pc-alerte");
            var lien = new Anchor("/" + RappelView.CHEMIN, getTranslation("creneaux.rappel.lien"));
            lien.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            lien.setId("rappel-avant-echeance");
            alerte.add(new Paragraph(getTranslation("creneaux.apres", Formats.francais().dateLongue(dateLimite))), lien);
        }
    }

    private void choisir(CreneauPropose c) {
        var parametres = new HashMap<String, String>();
        parametres.put("debut", String.valueOf(c.debut().getEpochSecond()));
        if (c.siteId() != null) {
            parametres.put("site", c.siteId().toString());
        }
        if (c.modalites().size() == 1) {
            parametres.put("modalite", c.modalites().iterator().next().name());
        }
        UI.getCurrent().navigate(CoordonneesView.CHEMIN, QueryParameters.simple(parametres));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("creneaux.titre") + " – " + getTranslation("portail.nom");
    }
}
