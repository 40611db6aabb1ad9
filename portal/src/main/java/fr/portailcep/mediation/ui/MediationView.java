package fr.portailcep.mediation.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.ActeSaisine;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.VueSaisine;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * The correspondant médiation's side of one referral: what it is about and their thread with the médiateur (not
 * the person's, which stays between the person and the médiateur).
 */
@Route(value = MediationsView.ROUTE + "/:id", layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class MediationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MediationService mediation;
    private final Clock horloge;
    private UUID id;

    public MediationView(MediationService mediation, Clock horloge) {
        this.mediation = mediation;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-mediation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        id = Affichage.identifiant(evenement);
        afficher(mediation.mediation(id));
    }

    private void afficher(VueSaisine s) {
        removeAll();
        var f = Formats.francais();
        var retour = new Anchor("/" + MediationsView.ROUTE, getTranslation("mediation.correspondant.retour"));
        retour.addClassName("pc-lien");
        var resume = new Section(new H2(getTranslation("mediation.saisine.resume")), Affichage.etat(this, s.etat()),
                Affichage.ligne(getTranslation("mediation.saisine.recue"), f.dateLongue(s.recueLe())),
                Affichage.ligne(getTranslation("mediation.saisine.mediateur"),
                        s.mediateur() == null ? "" : s.mediateur()));
        resume.addClassName("pc-carte");
        resume.setId("resume");
        if (s.reclamation() != null) {
            resume.add(Affichage.bloc(getTranslation("mediation.saisine.reclamation"), s.reclamation()));
        }
        if (s.reponseOperateur() != null) {
            resume.add(Affichage.bloc(getTranslation("mediation.saisine.reponse"), s.reponseOperateur()));
        }
        var dossier = new Anchor("/conseiller/dossiers/" + s.beneficiaireId(),
                getTranslation("mediation.correspondant.dossier"));
        dossier.addClassName("pc-lien");
        resume.add(dossier);
        add(retour, new H1(getTranslation("mediation.saisine.titre", s.numero(), s.personne())), resume,
                Affichage.sectionFil(this, getTranslation("mediation.correspondant.fil"), "fil-correspondant",
                        s.filCorrespondant(), false, horloge.getZone(), s.actes().contains(ActeSaisine.ECRIRE_MEDIATEUR)
                                ? Optional.of(texte -> afficher(mediation.repondreAuMediateur(id, texte)))
                                : Optional.empty()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.correspondant.titre") + " – " + getTranslation("portail.nom");
    }
}
