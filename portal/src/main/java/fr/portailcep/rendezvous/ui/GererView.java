package fr.portailcep.rendezvous.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Gestion;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.rendezvous.VueRendezVous;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * The page of the personal link sent in each courriel: see the rendez-vous, move it, cancel it, without a password.
 * After each action the person is told what happens next.
 */
@Route(value = "rendez-vous/gerer", layout = PortailLayout.class)
@AnonymousAllowed
public class GererView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final GestionRendezVous gestion;
    private final CreneauxService creneaux;
    private final OperateurService operateurs;
    private String jeton;
    private Lieux lieux;

    public GererView(GestionRendezVous gestion, CreneauxService creneaux, OperateurService operateurs) {
        this.gestion = gestion;
        this.creneaux = creneaux;
        this.operateurs = operateurs;
        addClassName("pc-page");
    }

    @Override
    public void setParameter(BeforeEvent evenement, String parametre) {
        this.jeton = parametre;
        this.lieux = new Lieux(operateurs);
        var vue = gestion.consulter(jeton);
        if (vue.isEmpty()) {
            // An unknown or expired link answers HTTP 404, with what the person can do next.
            evenement.rerouteToError(LienGestionIntrouvable.class);
            return;
        }
        afficher(vue.get());
    }

    private void afficher(VueRendezVous vue) {
        removeAll();
        var rdv = vue.rendezVous();
        var titre = new H1(getTranslation("gerer.titre"));
        var statut = new Span(getTranslation("gerer.statut." + rdv.statut().name()));
        statut.setId("statut-rendez-vous");
        statut.addClassNames("pc-badge", vue.avis() == RendezVous.Avis.A_VENIR ? "pc-badge-ok" : "pc-badge-neutre");
        var recap = new Recapitulatif(vue);
        recap.setId("recap");
        add(titre, statut, recap);
        // What the page says is the rendez-vous' answer (RendezVous.avisPourLaPersonne), the buttons its acts.
        switch (vue.avis()) {
            case A_REPRENDRE -> {
                var avis = new Paragraph(getTranslation("gerer.annule.conseiller"));
                avis.addClassName("pc-alerte");
                add(avis);
                choisirNouveauCreneau(vue);
            }
            case CLOS -> {
                var passe = new Paragraph(getTranslation("gerer.passe"));
                passe.addClassName("pc-avis");
                add(passe, lienNouveau());
            }
            case A_VENIR -> add(actions(vue));
        }
    }

    private Div actions(VueRendezVous vue) {
        var actions = new Div();
        actions.addClassName("pc-actions-pile");
        if (vue.deplacable()) {
            var deplacer = new Button(getTranslation("gerer.deplacer"), e -> choisirNouveauCreneau(vue));
            deplacer.setId("deplacer");
            deplacer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            actions.add(deplacer);
        }
        if (vue.annulable()) {
            var annuler = new Button(getTranslation("gerer.annuler"), e -> confirmerAnnulation(vue));
            annuler.setId("annuler");
            annuler.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_ERROR);
            actions.add(annuler);
        }
        return actions;
    }

    private void choisirNouveauCreneau(VueRendezVous vue) {
        var zone = new Div();
        zone.setId("nouveau-creneau");
        var liste = new ListeCreneaux(creneaux, lieux, vue.dateLimite().orElse(null),
                c -> confirmerDeplacement(vue, c));
        zone.add(new H2(getTranslation("gerer.choisir")), liste);
        getChildren().filter(c -> "nouveau-creneau".equals(c.getId().orElse(null))).toList().forEach(this::remove);
        getChildren().filter(c -> c.getElement().getClassList().contains("pc-actions-pile")).toList()
                .forEach(this::remove);
        add(zone);
        liste.rafraichir();
        zone.getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private void confirmerDeplacement(VueRendezVous vue, CreneauPropose c) {
        removeAll();
        var zone = lieux.zone(c.siteId());
        var modalite = c.modalites().contains(vue.rendezVous().modalite()) ? vue.rendezVous().modalite()
                : c.modalites().stream().sorted().findFirst().orElse(Modalite.SUR_SITE);
        var question = new H1(getTranslation("gerer.confirmer.deplacement", Formats.francais().dateLongueHeure(c.debut(), zone)));
        var recap = new Recapitulatif(c.debut(), c.fin(), modalite, lieux.site(c.siteId()), zone, null);
        var oui = new Button(getTranslation("gerer.confirmer.deplacement.oui"));
        oui.setId("confirmer-deplacement");
        oui.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        oui.setDisableOnClick(true);
        oui.addClickListener(e -> {
            switch (gestion.deplacer(jeton, ChoixCreneau.de(c, modalite))) {
                case Gestion.Faite faite -> fait(faite.rendezVous(), "gerer.deplace.titre", "gerer.deplace.texte");
                case Gestion.CreneauPris pris -> {
                    var vueActuelle = gestion.consulter(jeton);
                    vueActuelle.ifPresentOrElse(v -> {
                        afficher(v);
                        var avis = new Paragraph(getTranslation("gerer.pris"));
                        avis.addClassName("pc-alerte");
                        avis.getElement().setAttribute("role", "alert");
                        add(avis);
                        choisirNouveauCreneau(v);
                    }, this::invalide);
                }
                case Gestion.LienInvalide invalide -> invalide();
                case Gestion.PlusModifiable plus -> afficher(plus.rendezVous());
            }
        });
        var retour = new Button(getTranslation("gerer.retour"), e -> gestion.consulter(jeton)
                .ifPresentOrElse(this::afficher, this::invalide));
        retour.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var actions = new Div(oui, retour);
        actions.addClassName("pc-actions-pile");
        add(question, recap, actions);
        focaliserTitre();
    }

    private void confirmerAnnulation(VueRendezVous vue) {
        removeAll();
        var question = new H1(getTranslation("gerer.confirmer.annulation",
                Formats.francais().dateLongueHeure(vue.rendezVous().debut(), vue.zone())));
        var oui = new Button(getTranslation("gerer.confirmer.annulation.oui"));
        oui.setId("confirmer-annulation");
        oui.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        oui.setDisableOnClick(true);
        oui.addClickListener(e -> {
            switch (gestion.annuler(jeton)) {
                case Gestion.Faite faite -> {
                    fait(faite.rendezVous(), "gerer.annule.titre", "gerer.annule.texte");
                    add(new Paragraph(getTranslation("gerer.annule.ensuite")), lienNouveau());
                }
                case Gestion.LienInvalide invalide -> invalide();
                case Gestion.PlusModifiable plus -> afficher(plus.rendezVous());
                case Gestion.CreneauPris pris -> afficher(vue);
            }
        });
        var non = new Button(getTranslation("gerer.confirmer.annulation.non"), e -> gestion.consulter(jeton)
                .ifPresentOrElse(this::afficher, this::invalide));
        non.setId("garder");
        non.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var actions = new Div(oui, non);
        actions.addClassName("pc-actions-pile");
        add(question, new Recapitulatif(vue), new Paragraph(getTranslation("gerer.confirmer.annulation.texte")),
                actions);
        focaliserTitre();
    }

    private void fait(VueRendezVous vue, String cleTitre, String cleTexte) {
        removeAll();
        var titre = new H1(getTranslation(cleTitre));
        titre.setId("gestion-faite");
        var texte = new Paragraph(getTranslation(cleTexte));
        texte.addClassName("pc-succes");
        texte.getElement().setAttribute("role", "status");
        add(titre, new Recapitulatif(vue), texte);
        focaliserTitre();
    }

    private void invalide() {
        removeAll();
        add(lienInvalide(this));
    }

    /** What a link no longer valid says, here or on its own page ({@link LienGestionIntrouvableView}). */
    static Component[] lienInvalide(Component traducteur) {
        var titre = new H1(traducteur.getTranslation("gerer.invalide.titre"));
        titre.setId("lien-invalide");
        var connexion = new Anchor("/" + AccueilRoutes.CONNEXION, traducteur.getTranslation("layout.seconnecter"));
        connexion.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        var actions = new Div(lienNouveau(traducteur), connexion);
        actions.addClassName("pc-actions-pile");
        return new Component[] {titre, new Paragraph(traducteur.getTranslation("gerer.invalide.texte")), actions};
    }

    private Anchor lienNouveau() {
        return lienNouveau(this);
    }

    private static Anchor lienNouveau(Component traducteur) {
        var nouveau = new Anchor("/rendez-vous", traducteur.getTranslation("gerer.nouveau"));
        nouveau.setId("nouveau-rendez-vous");
        nouveau.addClassNames("pc-bouton-lien", "pc-bouton-principal");
        return nouveau;
    }

    private void focaliserTitre() {
        getElement().executeJs("window.scrollTo(0, 0); const h = document.querySelector('main h1');"
                + "if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gerer.titre") + " – " + getTranslation("portail.nom");
    }
}
