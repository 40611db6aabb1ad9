package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.ActePlan;
import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.Acteur;
import fr.portailcep.parcours.OperationRefusee;
import fr.portailcep.parcours.ParcoursPersonne;
import fr.portailcep.parcours.PlanActions;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.StatutAction;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * "Mon plan d'actions" on a phone: each objective with its actions, a box to tick what is done, a link to pause,
 * comment or choose an organisation, and a form to propose an action of one's own.
 */
@Route(value = "parcours/plan", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonPlanView extends Div implements HasDynamicTitle {

    private final PlanActionsService planService;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private final Div contenu = new Div();
    private final boolean avecDossier;

    public MonPlanView(PlanActionsService planService, ParcoursPersonne parcours, Referentiels referentiels,
            CompteService comptes, Clock horloge) {
        this.planService = planService;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        this.avecDossier = parcours.monDossier().isPresent();
        addClassNames("pc-page", "pc-plan");
        var retour = new Anchor("/parcours", getTranslation("plan.retour"));
        retour.addClassName("pc-lien");
        var intro = new Paragraph(getTranslation("plan.intro"));
        intro.addClassName("pc-intro");
        add(retour, new H1(getTranslation("plan.titre")), intro, contenu);
        afficher();
    }

    private void afficher() {
        contenu.removeAll();
        var plan = planService.monPlan();
        if (plan.vide()) {
            var avis = new Paragraph(getTranslation(avecDossier ? "plan.vide" : "plan.sansdossier"));
            avis.addClassName("pc-avis");
            contenu.add(avis);
        }
        for (var bloc : plan.objectifs()) {
            contenu.add(objectif(bloc));
        }
        if (avecDossier) {
            contenu.add(new PropositionAction(plan.objectifs().stream().map(PlanActions.Bloc::objectif).toList(),
                    planService, () -> {
                        Notification.show(getTranslation("plan.proposer.ok"), 5000, Notification.Position.BOTTOM_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        afficher();
                    }));
        }
    }

    private Section objectif(PlanActions.Bloc bloc) {
        var section = new Section(new H2(bloc.objectif().intitule()));
        section.addClassNames("pc-carte", "pc-objectif");
        var liste = new UnorderedList();
        liste.addClassName("pc-actions-plan");
        var moi = Acteur.beneficiaire(comptes.compteConnecte().map(c -> c.id()).orElse(null));
        bloc.actions().forEach(a -> liste.add(action(a, moi)));
        if (bloc.actions().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.objectif.vide")));
        }
        section.add(liste);
        return section;
    }

    private ListItem action(ActionPlan action, Acteur moi) {
        var aujourdhui = LocalDate.now(horloge);
        var item = new ListItem();
        item.addClassNames("pc-action", "pc-action-" + action.statut().name().toLowerCase().replace('_', '-'));
        item.setId("action-" + action.id());

        var titre = new H3(action.intitule());
        titre.addClassName("pc-action-titre");
        var nature = new Span(LibellesAction.nature(this, action, referentiels));
        nature.addClassName("pc-action-nature");
        var badges = new Div(Elements.badgeStatut(this, action.statut()));
        badges.addClassName("pc-action-badges");
        if (!action.validee()) {
            badges.add(new Badge(getTranslation("plan.proposee"), "attention"));
        }
        item.add(titre, nature, badges);
        action.echeance().ifPresent(d -> {
            var enRetard = action.estEnRetard(aujourdhui);
            var echeance = new Paragraph(getTranslation(enRetard ? "plan.echeance.depassee" : "plan.echeance",
                    Formats.francais().date(d)));
            echeance.addClassName(enRetard ? "pc-action-retard" : "pc-action-echeance");
            item.add(echeance);
        });
        Elements.motif(this, action.raisonPause(), action.motifStatut())
                .ifPresent(m -> item.add(new Paragraph(getTranslation("plan.motif", m))));
        action.organismeId().flatMap(planService::organisme)
                .ifPresent(o -> item.add(new Paragraph(getTranslation("plan.organisme", o.nom()))));

        var barre = new Div();
        barre.addClassName("pc-action-barre");
        var possibles = action.actionsPossibles(moi);
        if (possibles.contains(ActePlan.TERMINER) || possibles.contains(ActePlan.ROUVRIR)) {
            var fait = new Checkbox(getTranslation("plan.fait"), possibles.contains(ActePlan.ROUVRIR));
            fait.setAriaLabel(getTranslation("plan.fait.aria", action.intitule()));
            fait.addClassName("pc-action-fait");
            fait.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    if (e.getValue()) {
                        planService.terminer(action.id());
                        Notification.show(getTranslation("plan.fait.bravo"), 4000, Notification.Position.BOTTOM_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } else {
                        planService.rouvrir(action.id());
                    }
                } catch (OperationRefusee refus) {
                    Notification.show(getTranslation(refus.cle()), 5000, Notification.Position.BOTTOM_CENTER);
                }
                afficher();
            });
            barre.add(fait);
        }
        var detail = new Anchor("/parcours/actions/" + action.id(), getTranslation("plan.detail"));
        detail.addClassNames("pc-lien", "pc-action-lien");
        detail.getElement().setAttribute("aria-label", getTranslation("plan.detail.aria", action.intitule()));
        barre.add(detail);
        item.add(barre);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.titre") + " – " + getTranslation("portail.nom");
    }
}
