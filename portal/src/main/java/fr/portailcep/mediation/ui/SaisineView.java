package fr.portailcep.mediation.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.ActeSaisine;
import fr.portailcep.mediation.FilSaisine;
import fr.portailcep.mediation.IssueSaisine;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.VueSaisine;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * One referral on the médiateur's desk: admissibility with its reason, the request for access to the dossier, the
 * two separate threads (the person, the correspondant médiation), the outcome and the closing. Only the acts the
 * aggregate allows are shown.
 */
@Route(value = SaisinesView.ROUTE + "/:id([0-9a-fA-F-]+)", layout = EspaceProLayout.class)
@RolesAllowed("MEDIATEUR")
public class SaisineView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int LONGUEUR_MOTIF = 1000;
    static final int LONGUEUR_ISSUE = 4000;

    private final MediationService mediation;
    private final Clock horloge;
    private UUID id;
    private String numero = "";

    public SaisineView(MediationService mediation, Clock horloge) {
        this.mediation = mediation;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-mediation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        id = Affichage.identifiant(evenement);
        afficher(mediation.saisine(id));
    }

    private void afficher(VueSaisine s) {
        removeAll();
        numero = s.numero();
        var zone = horloge.getZone();
        var f = Formats.francais();
        var retour = new Anchor("/" + SaisinesView.ROUTE, getTranslation("mediation.saisine.retour"));
        retour.addClassName("pc-lien");
        add(retour, new H1(getTranslation("mediation.saisine.titre", s.numero(), s.personne())));

        var resume = new Section(new H2(getTranslation("mediation.saisine.resume")), Affichage.etat(this, s.etat()),
                Affichage.ligne(getTranslation("mediation.saisine.recue"), f.dateLongue(s.recueLe())),
                Affichage.ligne(getTranslation("mediation.saisine.origine"),
                        getTranslation("mediation.origine." + s.origine().name())),
                Affichage.ligne(getTranslation("mediation.saisine.mediateur"),
                        s.mediateur() == null ? getTranslation("mediation.saisine.mediateur.aucun") : s.mediateur()));
        resume.addClassName("pc-carte");
        resume.setId("resume");
        if (s.reclamation() != null) {
            resume.add(Affichage.bloc(getTranslation("mediation.saisine.reclamation"), s.reclamation()));
        }
        if (s.reponseOperateur() != null) {
            resume.add(Affichage.bloc(getTranslation("mediation.saisine.reponse"), s.reponseOperateur()));
        }
        resume.add(Affichage.bloc(getTranslation("mediation.saisine.demande"), s.demande()));
        if (s.motifRecevabilite() != null) {
            resume.add(Affichage.bloc(getTranslation("mediation.saisine.motif",
                    f.dateLongueHeure(s.statueeLe(), zone)), s.motifRecevabilite()));
        }
        add(resume);

        if (s.actes().contains(ActeSaisine.STATUER)) {
            add(recevabilite());
        }
        add(acces(s));
        add(Affichage.sectionFil(this, getTranslation("mediation.saisine.fil.personne"), "fil-personne",
                s.filPersonne(), true, zone, s.actes().contains(ActeSaisine.ECRIRE_PERSONNE)
                        ? Optional.of(texte -> afficher(mediation.ecrire(id, FilSaisine.PERSONNE, texte)))
                        : Optional.empty()));
        add(Affichage.sectionFil(this, getTranslation("mediation.saisine.fil.correspondant"), "fil-correspondant",
                s.filCorrespondant(), true, zone, s.actes().contains(ActeSaisine.ECRIRE_CORRESPONDANT)
                        ? Optional.of(texte -> afficher(mediation.ecrire(id, FilSaisine.CORRESPONDANT, texte)))
                        : Optional.empty()));
        add(issue(s));
    }

    private Section recevabilite() {
        var decision = new RadioButtonGroup<Boolean>(getTranslation("mediation.statuer.decision"));
        decision.setId("decision");
        decision.setItems(true, false);
        decision.setItemLabelGenerator(r -> getTranslation(r ? "mediation.statuer.recevable"
                : "mediation.statuer.irrecevable"));
        var motif = new TextArea(getTranslation("mediation.statuer.motif"));
        motif.setId("motif");
        motif.setWidthFull();
        motif.setHelperText(getTranslation("mediation.statuer.motif.aide"));
        Saisie.limiter(motif, LONGUEUR_MOTIF);
        var formulaire = Formulaire.libre().obligatoire("recevable", decision, "mediation.refus.decision")
                .obligatoire("motif", motif, "mediation.refus.motif.vide");
        var statuer = new Button(getTranslation("mediation.statuer.bouton"));
        statuer.setId("statuer");
        statuer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(statuer, x -> afficher(mediation.statuer(id, decision.getValue(), motif.getValue())));
        var section = new Section(new H2(getTranslation("mediation.statuer.titre")), decision, motif,
                formulaire.erreurs(), statuer);
        section.addClassNames("pc-carte", "pc-formulaire");
        section.setId("recevabilite");
        return section;
    }

    private Section acces(VueSaisine s) {
        var zone = horloge.getZone();
        var f = Formats.francais();
        var section = new Section(new H2(getTranslation("mediation.acces.titre")));
        section.addClassName("pc-carte");
        section.setId("acces");
        if (s.accesDemandeLe() == null) {
            section.add(new Paragraph(getTranslation("mediation.acces.aucun")));
        } else {
            var fini = !s.accesJusquAu().isAfter(horloge.instant());
            section.add(new Paragraph(getTranslation(fini ? "mediation.acces.fini" : "mediation.acces.demande",
                    f.dateLongueHeure(s.accesDemandeLe(), zone), f.dateLongueHeure(s.accesJusquAu(), zone))));
        }
        if (s.actes().contains(ActeSaisine.LIRE_DOSSIER)) {
            var lire = new Anchor("/" + SaisinesView.ROUTE + "/" + s.id() + "/dossier",
                    getTranslation("mediation.acces.lire"));
            lire.addClassName("pc-bouton-lien");
            lire.setId("lire-dossier");
            section.add(lire);
        }
        if (s.actes().contains(ActeSaisine.DEMANDER_ACCES)) {
            section.add(new Paragraph(getTranslation("mediation.acces.explication")));
            var demander = new Button(getTranslation("mediation.acces.demander"));
            demander.setId("demander-acces");
            var formulaire = Formulaire.libre();
            formulaire.soumettre(demander, x -> afficher(mediation.demanderAcces(id)));
            section.add(formulaire.erreurs(), demander);
        }
        if (!s.consultations().isEmpty()) {
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-simple");
            s.consultations().forEach(c -> liste.add(new ListItem(f.dateLongueHeure(c, zone))));
            section.add(new Paragraph(getTranslation("mediation.acces.consultations")), liste);
        }
        return section;
    }

    private Section issue(VueSaisine s) {
        var zone = horloge.getZone();
        var section = new Section(new H2(getTranslation("mediation.issue.titre")));
        section.addClassNames("pc-carte", "pc-formulaire");
        section.setId("issue");
        if (s.issue() != null) {
            section.add(Affichage.bloc(getTranslation("mediation.issue.enregistree",
                    getTranslation("mediation.issue." + s.issue().name()),
                    Formats.francais().dateLongueHeure(s.issueLe(), zone)), s.issueTexte() == null ? ""
                            : s.issueTexte()));
        }
        if (s.closeLe() != null) {
            section.add(new Paragraph(getTranslation("mediation.issue.close",
                    Formats.francais().dateLongueHeure(s.closeLe(), zone))));
        }
        if (s.actes().contains(ActeSaisine.ENREGISTRER_ISSUE)) {
            var choix = new Select<IssueSaisine>();
            choix.setLabel(getTranslation("mediation.issue.choix"));
            choix.setId("issue-choix");
            choix.setItems(IssueSaisine.values());
            choix.setItemLabelGenerator(i -> getTranslation("mediation.issue." + i.name()));
            var texte = new TextArea(getTranslation("mediation.issue.texte"));
            texte.setId("issue-texte");
            texte.setWidthFull();
            Saisie.limiter(texte, LONGUEUR_ISSUE);
            var formulaire = Formulaire.libre().obligatoire("issue", choix, "mediation.refus.issue.vide")
                    .champ("texte", texte);
            var enregistrer = new Button(getTranslation("mediation.issue.enregistrer"));
            enregistrer.setId("enregistrer-issue");
            enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            formulaire.soumettre(enregistrer,
                    x -> afficher(mediation.enregistrerIssue(id, choix.getValue(), texte.getValue())));
            section.add(choix, texte, formulaire.erreurs(), enregistrer);
        }
        if (s.actes().contains(ActeSaisine.CLORE)) {
            var clore = new Button(getTranslation("mediation.issue.clore"));
            clore.setId("clore");
            var formulaire = Formulaire.libre();
            formulaire.soumettre(clore, x -> afficher(mediation.clore(id)));
            section.add(formulaire.erreurs(), clore);
        }
        if (s.issue() == null && !s.actes().contains(ActeSaisine.ENREGISTRER_ISSUE)) {
            section.add(new Paragraph(getTranslation("mediation.issue.pas-encore")));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.saisine.onglet", numero) + " – " + getTranslation("portail.nom");
    }
}
