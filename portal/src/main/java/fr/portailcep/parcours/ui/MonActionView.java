package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.ActePlan;
import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.Acteur;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.parcours.Organisme;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.RaisonPause;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.parcours.StatutAction;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/**
 * One action of my plan: start it, say it is done, pause it with a reason ("j'ai un doute" is one), give it up,
 * comment, choose the organisation that delivers the service among all those of the region, and read every
 * revision. Another person's action answers "page not found".
 */
@Route(value = "parcours/actions/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonActionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The changes of status shown as buttons, and the pause and the abandon. */
    private static final Set<ActePlan> AVANCEMENT = EnumSet.of(ActePlan.COMMENCER, ActePlan.REPRENDRE,
            ActePlan.TERMINER, ActePlan.ROUVRIR, ActePlan.METTRE_EN_PAUSE, ActePlan.ABANDONNER);

    private final PlanActionsService plan;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private UUID actionId;
    private String titre = "";

    public MonActionView(PlanActionsService plan, Referentiels referentiels, CompteService comptes, Clock horloge) {
        this.plan = plan;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-action-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Elements.identifiant(evenement);
        if (id.isEmpty()) {
            Elements.introuvable(evenement);
            return;
        }
        try {
            actionId = id.get();
            afficher(plan.action(actionId));
        } catch (ElementIntrouvable e) {
            Elements.introuvable(evenement);
        }
    }

    private void afficher(ActionPlan action) {
        removeAll();
        titre = action.intitule();
        var possibles = action.actionsPossibles(moi());
        var retour = new Anchor("/parcours/plan", getTranslation("action.retour"));
        retour.addClassName("pc-lien");
        add(retour, new H1(action.intitule()));

        var resume = new Section();
        resume.addClassName("pc-carte");
        resume.setId("resume-action");
        var badges = new Div(Elements.badgeStatut(this, action.statut()));
        badges.addClassName("pc-action-badges");
        if (!action.validee()) {
            badges.add(new Badge(getTranslation("plan.proposee"), "attention"));
        }
        resume.add(badges, Elements.ligne(getTranslation("action.nature"), LibellesAction.nature(this, action, referentiels)),
                Elements.ligne(getTranslation("action.echeance"),
                        action.echeance().map(Formats.francais()::date).orElse(getTranslation("plan.echeance.aucune"))));
        action.precisions().ifPresent(p -> resume.add(new Paragraph(p)));
        Elements.motif(this, action.raisonPause(), action.motifStatut())
                .ifPresent(m -> resume.add(Elements.ligne(getTranslation("action.motif"), m)));
        action.organismeId().flatMap(plan::organisme).ifPresent(o -> {
            var choisi = Elements.ligne(getTranslation("action.organisme.choisi"), o.nom() + " (" + o.commune() + ")");
            choisi.setId("organisme-choisi");
            resume.add(choisi);
        });
        add(resume);

        if (AVANCEMENT.stream().anyMatch(possibles::contains)) {
            add(boutons(possibles));
        }
        if (possibles.contains(ActePlan.CHOISIR_ORGANISME)) {
            add(choixOrganisme(action));
        }
        add(commentaires(action));
    }

    /** The person signed in, as the actor of the plan. */
    private Acteur moi() {
        return Acteur.beneficiaire(comptes.compteConnecte().map(c -> c.id()).orElse(null));
    }

    /** One button per change the action allows now, and the forms to pause or give up when they are allowed. */
    private Section boutons(Set<ActePlan> possibles) {
        var section = new Section(new H2(getTranslation("action.ouenetesvous")));
        section.addClassName("pc-carte");
        section.setId("avancement");
        var refus = Formulaire.libre();
        var boutons = new Div();
        boutons.addClassName("pc-actions");
        for (var acte : List.of(ActePlan.COMMENCER, ActePlan.REPRENDRE, ActePlan.TERMINER, ActePlan.ROUVRIR)) {
            if (possibles.contains(acte)) {
                boutons.add(bouton(acte, refus));
            }
        }
        section.add(boutons, refus.erreurs());
        if (possibles.contains(ActePlan.METTRE_EN_PAUSE)) {
            section.add(formulaireMotif("pause", true));
        }
        if (possibles.contains(ActePlan.ABANDONNER)) {
            section.add(formulaireMotif("abandon", false));
        }
        return section;
    }

    private Button bouton(ActePlan acte, Formulaire<Object> refus) {
        var id = acte.name().toLowerCase(Locale.ROOT);
        var bouton = new Button(getTranslation("action." + id));
        bouton.setId(id);
        bouton.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (acte == ActePlan.TERMINER) {
            bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        refus.soumettre(bouton, x -> {
            switch (acte) {
                case COMMENCER -> plan.commencer(actionId);
                case REPRENDRE -> plan.reprendre(actionId);
                case TERMINER -> plan.terminer(actionId);
                default -> plan.rouvrir(actionId);
            }
            succes("action.ok." + id);
        });
        return bouton;
    }

    /** The form to pause (with the reasons offered, a doubt first) or to give up (with a reason typed). */
    private Div formulaireMotif(String nature, boolean avecRaisons) {
        var bloc = new Div();
        bloc.addClassName("pc-formulaire-motif");
        var ouvrir = new Button(getTranslation("action." + nature + ".ouvrir"));
        ouvrir.setId(nature + "-ouvrir");
        ouvrir.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var zone = new Div();
        zone.addClassName("pc-formulaire");
        zone.setVisible(false);
        zone.setId(nature + "-formulaire");
        ouvrir.addClickListener(e -> {
            zone.setVisible(!zone.isVisible());
            ouvrir.getElement().setAttribute("aria-expanded", String.valueOf(zone.isVisible()));
        });
        ouvrir.getElement().setAttribute("aria-expanded", "false");

        var formulaire = Formulaire.libre();
        var raisons = new RadioButtonGroup<RaisonPause>();
        if (avecRaisons) {
            raisons.setLabel(getTranslation("action.pause.raison"));
            raisons.setItems(RaisonPause.values());
            raisons.setItemLabelGenerator(r -> getTranslation(r.cle()));
            raisons.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            raisons.setId("raison-pause");
            formulaire.obligatoire("raison", raisons, "action.pause.raison.vide");
            zone.add(raisons);
        }
        var precision = new TextArea(getTranslation("action." + nature + ".precision"));
        precision.setId(nature + "-precision");
        precision.setWidthFull();
        Saisie.limiter(precision, ActionPlan.LONGUEUR_MOTIF);
        if (avecRaisons) {
            formulaire.champ("motif", precision);
        } else {
            formulaire.obligatoire("motif", precision, "plan.refus.motif.vide");
        }
        var valider = new Button(getTranslation("action." + nature + ".valider"));
        valider.setId(nature + "-valider");
        valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        formulaire.soumettre(valider, x -> {
            if (avecRaisons) {
                plan.mettreEnPause(actionId, raisons.getValue(), precision.getValue());
            } else {
                plan.abandonner(actionId, precision.getValue());
            }
            succes("action.ok." + nature);
        });
        zone.add(precision, formulaire.erreurs(), valider);
        bloc.add(ouvrir, zone);
        return bloc;
    }

    private Section choixOrganisme(ActionPlan action) {
        var section = new Section(new H2(getTranslation("action.organisme.titre")));
        section.addClassName("pc-carte");
        section.setId("choix-organisme");
        var organismes = plan.organismesPour(actionId);
        section.add(new Paragraph(getTranslation("action.organisme.neutralite", organismes.size())));
        if (organismes.isEmpty()) {
            section.add(new Paragraph(getTranslation("action.organisme.aucun")));
            return section;
        }
        var choix = new RadioButtonGroup<Organisme>();
        choix.setLabel(getTranslation("action.organisme.liste"));
        choix.setId("liste-organismes");
        choix.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choix.setItems(organismes);
        choix.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(o -> {
            var nom = new Span(o.nom());
            nom.addClassName("pc-objet-titre");
            var lieu = new Span(o.adresse().map(a -> a + ", ").orElse("") + o.codePostal().map(c -> c + " ").orElse("")
                    + o.commune() + o.telephone().map(t -> " – " + t).orElse(""));
            lieu.addClassName("pc-objet-details");
            var bloc = new Div(nom, lieu);
            if (o.propreOperateur()) {
                bloc.add(new Badge(getTranslation("action.organisme.propre"), null));
            }
            return bloc;
        }));
        action.organismeId().flatMap(id -> organismes.stream().filter(o -> o.id().equals(id)).findFirst())
                .ifPresent(choix::setValue);
        var formulaire = Formulaire.libre().obligatoire("organismeId", choix, "action.organisme.vide");
        var valider = new Button(getTranslation("action.organisme.valider"));
        valider.setId("choisir-organisme");
        valider.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        formulaire.soumettre(valider, x -> {
            plan.choisirOrganisme(actionId, choix.getValue().id());
            succes("action.ok.organisme");
        });
        section.add(choix, formulaire.erreurs(), valider);
        return section;
    }

    private Section commentaires(ActionPlan action) {
        var section = new Section(new H2(getTranslation("action.historique.titre")));
        section.addClassName("pc-carte");
        section.setId("commentaires");
        var commentaire = new TextArea(getTranslation("action.commentaire"));
        commentaire.setId("commentaire");
        commentaire.setWidthFull();
        commentaire.setHelperText(getTranslation("action.commentaire.aide"));
        Saisie.limiter(commentaire, ActionPlan.LONGUEUR_COMMENTAIRE);
        var formulaire = Formulaire.libre().obligatoire("texte", commentaire, "plan.refus.commentaire.vide");
        var envoyer = new Button(getTranslation("action.commentaire.envoyer"));
        envoyer.setId("envoyer-commentaire");
        envoyer.addThemeVariants(ButtonVariant.LUMO_LARGE);
        formulaire.soumettre(envoyer, x -> {
            plan.commenter(actionId, commentaire.getValue());
            succes("action.ok.commentaire");
        });
        var zone = new Div(commentaire, formulaire.erreurs(), envoyer);
        zone.addClassName("pc-formulaire");
        section.add(zone, new HistoriqueAction(action, horloge.getZone(), comptes::nomDe, true));
        return section;
    }

    /** A change went through: say so, and show the action as it is now. */
    private void succes(String cleSucces) {
        Notification.show(getTranslation(cleSucces), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        afficher(plan.action(actionId));
    }

    @Override
    public String getPageTitle() {
        return titre + " – " + getTranslation("plan.titre") + " – " + getTranslation("portail.nom");
    }
}
