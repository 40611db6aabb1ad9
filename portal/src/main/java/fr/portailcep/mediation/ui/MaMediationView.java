package fr.portailcep.mediation.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.ActeSaisine;
import fr.portailcep.mediation.EtatSaisine;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.VueSaisine;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * The person follows their referral on a phone: the acknowledgement, where it stands, their thread with the
 * médiateur, and when the médiateur read their dossier (each read the access allowed).
 */
@Route(value = "ma-mediation/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MaMediationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MediationService mediation;
    private final Clock horloge;
    private UUID id;

    public MaMediationView(MediationService mediation, Clock horloge) {
        this.mediation = mediation;
        this.horloge = horloge;
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        id = Affichage.identifiant(evenement);
        afficher(mediation.maSaisine(id));
    }

    private void afficher(VueSaisine s) {
        removeAll();
        var zone = horloge.getZone();
        var f = Formats.francais();
        var accueil = new Anchor("/", getTranslation("mediation.personne.retour"));
        accueil.addClassName("pc-lien");
        var titre = new H1(getTranslation("mediation.personne.titre", s.numero()));

        var accuse = new Section(new H2(getTranslation("mediation.personne.accuse.titre")),
                Affichage.etat(this, s.etat()),
                new Paragraph(getTranslation("mediation.personne.accuse.texte", s.numero(),
                        f.dateLongue(s.recueLe()))));
        accuse.addClassName("pc-carte");
        accuse.setId("accuse");
        accuse.add(new Paragraph(getTranslation("mediation.personne.etat." + s.etat().name())));
        if (s.motifRecevabilite() != null) {
            accuse.add(Affichage.bloc(getTranslation("mediation.personne.motif"), s.motifRecevabilite()));
        }
        if (s.issue() != null) {
            accuse.add(Affichage.bloc(getTranslation("mediation.personne.issue",
                    getTranslation("mediation.issue." + s.issue().name())), s.issueTexte() == null ? ""
                            : s.issueTexte()));
        }

        var consultations = new Section(new H2(getTranslation("mediation.personne.consultations.titre")));
        consultations.addClassName("pc-carte");
        consultations.setId("consultations");
        if (s.accesDemandeLe() == null) {
            consultations.add(new Paragraph(getTranslation("mediation.personne.acces.aucun")));
        } else {
            var fini = !s.accesJusquAu().isAfter(horloge.instant());
            consultations.add(new Paragraph(getTranslation(fini ? "mediation.personne.acces.fini"
                    : "mediation.personne.acces.demande", f.dateLongueHeure(s.accesDemandeLe(), zone),
                    f.dateLongue(s.accesJusquAu().atZone(zone).toLocalDate()))));
        }
        if (s.consultations().isEmpty()) {
            consultations.add(new Paragraph(getTranslation("mediation.personne.consultations.aucune")));
        } else {
            consultations.add(new Paragraph(getTranslation("mediation.personne.consultations.texte")));
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-simple");
            liste.setId("liste-consultations");
            s.consultations().forEach(c -> liste.add(new ListItem(getTranslation("mediation.personne.consultation",
                    f.dateLongueHeure(c, zone)))));
            consultations.add(liste);
        }

        var demande = new Section(new H2(getTranslation("mediation.personne.demande.titre")),
                Affichage.texte(s.demande()));
        demande.addClassName("pc-carte");
        demande.setId("ma-demande");

        var fil = Affichage.sectionFil(this, getTranslation("mediation.personne.fil.titre"), "fil-mediateur",
                s.filPersonne(), false, zone,
                s.actes().contains(ActeSaisine.ECRIRE_MEDIATEUR)
                        ? Optional.of(texte -> afficher(mediation.ecrireAuMediateur(id, texte)))
                        : Optional.empty());
        add(accueil, titre, accuse, fil, consultations, demande);
        if (s.etat() == EtatSaisine.CLOSE || s.etat() == EtatSaisine.IRRECEVABLE) {
            fil.add(new Paragraph(getTranslation("mediation.personne.fil.clos")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.personne.onglet") + " – " + getTranslation("portail.nom");
    }
}
