package fr.portailcep.parcours.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.parcours.FrequenceDemandes;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.OngletDossier;

/**
 * A person's dossier, for the conseiller: the units of work (engage, close), the référent, the plan d'actions,
 * the annexe 2 profile filled progressively, the log of interactions, the livrables and the history. Tabs keep each part short.
 */
@Route(value = "conseiller/dossiers/:id", layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER"})
public class DossierView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParcoursService parcours;
    private final DossiersEquipe lectures;
    private final PlanActionsService plan;
    private final ProfilService profils;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    /** The tabs other features add (livrables…). */
    private final List<OngletDossier> autresOnglets;
    private UUID beneficiaireId;
    private String nom = "";
    private String ongletActif;

    public DossierView(ParcoursService parcours, DossiersEquipe lectures, PlanActionsService plan, ProfilService profils,
            Referentiels referentiels, CompteService comptes, Clock horloge,
            ObjectProvider<OngletDossier> autresOnglets) {
        this.parcours = parcours;
        this.lectures = lectures;
        this.plan = plan;
        this.profils = profils;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        this.autresOnglets = autresOnglets.orderedStream().sorted(Comparator.comparingInt(OngletDossier::ordre))
                .toList();
        addClassNames("pc-page", "pc-dossier");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Elements.identifiant(evenement);
        if (id.isEmpty()) {
            Elements.introuvable(evenement);
            return;
        }
        try {
            beneficiaireId = id.get();
            afficher();
        } catch (ElementIntrouvable e) {
            Elements.introuvable(evenement);
        }
    }

    private void afficher() {
        removeAll();
        var personne = lectures.fiche(beneficiaireId);
        nom = personne.nomAffiche();
        var retour = new Anchor("/conseiller/dossiers", getTranslation("dossier.retour"));
        retour.addClassName("pc-lien");
        var coordonnees = new Paragraph(personne.email() + personne.telephone().map(t -> " – " + t).orElse(""));
        coordonnees.addClassName("pc-intro");
        var ecrire = new Anchor("/conseiller/messages/nouveau/" + beneficiaireId, getTranslation("dossier.ecrire"));
        ecrire.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        ecrire.setId("ecrire-personne");
        add(retour, new H1(nom), coordonnees, ecrire);
        if (comptes.compteConnecte().filter(c -> c.role() == fr.portailcep.compte.Role.MANAGER).isPresent()) {
            var journal = new Anchor("/pilotage/journal?personne=" + beneficiaireId,
                    getTranslation("audit.lien.dossier"));
            journal.addClassName("pc-lien");
            journal.setId("journal-dossier");
            add(new Paragraph(journal));
        }

        var demandes = lectures.demandesDansLAnnee(beneficiaireId);
        if (demandes >= FrequenceDemandes.SEUIL) {
            var avis = new Paragraph(getTranslation("dossier.demandes.frequentes", demandes));
            avis.addClassName("pc-avis");
            avis.setId("demandes-frequentes");
            add(avis);
        }

        var onglets = new Onglets(getTranslation("dossier.onglets"));
        var dossier = lectures.dossierDe(beneficiaireId);
        Runnable rafraichir = this::afficher;
        onglets.ajouter("onglet-parcours", getTranslation("dossier.onglet.parcours"),
                new OngletParcours(beneficiaireId, dossier, parcours, lectures, referentiels, comptes, horloge, rafraichir));
        onglets.ajouter("onglet-plan", getTranslation("dossier.onglet.plan"),
                new OngletPlan(beneficiaireId, dossier.isPresent(), plan, referentiels, comptes, horloge, rafraichir));
        onglets.ajouter("onglet-profil", getTranslation("dossier.onglet.profil"),
                new OngletProfil(beneficiaireId, profils, referentiels));
        onglets.ajouter("onglet-echanges", getTranslation("dossier.onglet.echanges"),
                new OngletEchanges(beneficiaireId, dossier.isPresent(), parcours, lectures, referentiels, comptes, horloge,
                        rafraichir));
        for (var onglet : autresOnglets) {
            onglets.ajouter(onglet.id(), getTranslation(onglet.cleLibelle()), onglet.creer(beneficiaireId));
        }
        onglets.ajouter("onglet-historique", getTranslation("dossier.onglet.historique"),
                new OngletHistorique(dossier.isPresent(), lectures.historique(beneficiaireId),
                        lectures.frise(beneficiaireId), horloge));
        if (ongletActif != null) {
            onglets.selectionner(ongletActif);
        }
        onglets.auChangement(id -> ongletActif = id);
        add(onglets);
    }

    @Override
    public String getPageTitle() {
        return nom + " – " + getTranslation("portefeuille.titre") + " – " + getTranslation("portail.nom");
    }
}
