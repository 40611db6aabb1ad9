package fr.portailcep.rendezvous.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.NumerosTelephone;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.RappelEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Reessai;
import fr.portailcep.shared.ui.Saisie;

/**
 * "Rappelez-moi": when no slot suits before the guaranteed date, the person leaves a number instead of leaving
 * empty-handed. The request stays on its 30-working-day clock. The page after sending is the same whatever the
 * address (a staff address included): the courriel to the address says the rest.
 */
@Route(value = RappelView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class RappelView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHEMIN = "rendez-vous/rappel";

    private final ReservationService reservations;
    private final DemandeCourante demandeCourante;
    private final Clock horloge;

    public RappelView(ReservationService reservations, CompteService comptes, BeneficiaireService beneficiaires,
            EcheancesService echeances, Clock horloge) {
        this.reservations = reservations;
        this.horloge = horloge;
        this.demandeCourante = new DemandeCourante(comptes, beneficiaires, echeances);
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var contexte = VaadinSession.getCurrent().getAttribute(ContexteDemande.class);
        if (contexte == null) {
            evenement.forwardTo(CreneauxView.AIGUILLAGE);
            return;
        }
        removeAll();
        var dateLimite = demandeCourante.dateLimite(contexte);
        var intro = new Paragraph(getTranslation("rappel.intro", Formats.francais().dateLongue(dateLimite)));
        intro.addClassName("pc-intro");
        var prenom = champ("prenom", "coordonnees.prenom", "given-name");
        var nom = champ("nom", "coordonnees.nom", "family-name");
        Saisie.limiter(prenom, Saisies.LONGUEUR_NOM);
        Saisie.limiter(nom, Saisies.LONGUEUR_NOM);
        var email = new EmailField(getTranslation("coordonnees.email"));
        email.setId("email");
        email.setHelperText(getTranslation("coordonnees.email.aide"));
        email.setWidthFull();
        email.setManualValidation(true);
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("autocomplete", "email");
        var telephone = champ("telephone", "coordonnees.telephone.obligatoire", "tel");
        telephone.setHelperText(getTranslation("coordonnees.telephone.aide"));
        telephone.getElement().setAttribute("type", "tel");
        telephone.getElement().setAttribute("inputmode", "tel");
        var moments = new CheckboxGroup<String>(getTranslation("rappel.moments"));
        moments.setId("moments");
        moments.setItems(List.of("rappel.moment.matin", "rappel.moment.midi", "rappel.moment.apresmidi",
                "rappel.moment.soir"));
        moments.setItemLabelGenerator(this::getTranslation);
        moments.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        demandeCourante.moi().ifPresent(moi -> {
            prenom.setValue(moi.prenom() == null ? "" : moi.prenom());
            nom.setValue(moi.nom() == null ? "" : moi.nom());
            email.setValue(moi.email());
            email.setReadOnly(true);
            telephone.setValue(moi.telephone() == null ? "" : moi.telephone());
        });

        var envoyer = new Button(getTranslation("rappel.envoyer"));
        envoyer.setId("envoyer-rappel");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        envoyer.setDisableOnClick(true);
        var alerte = new Div();
        alerte.setId("alerte-rappel");
        alerte.getElement().setAttribute("role", "alert");
        var formulaire = new Div(prenom, nom, email, telephone, moments, alerte, envoyer);
        formulaire.addClassNames("pc-formulaire", "pc-carte");
        envoyer.addClickListener(e -> {
            try {
                var valide = exiger(prenom, "coordonnees.erreur.prenom") & exiger(nom, "coordonnees.erreur.nom");
                var adresse = AdresseCourriel.lire(email.getValue());
                email.setInvalid(adresse.isEmpty());
                email.setErrorMessage(getTranslation(email.getValue().isBlank() ? "coordonnees.erreur.email.vide"
                        : "coordonnees.erreur.email"));
                var numero = NumerosTelephone.lire(telephone.getValue());
                telephone.setInvalid(numero.isEmpty());
                telephone.setErrorMessage(getTranslation(telephone.getValue().isBlank()
                        ? "coordonnees.erreur.telephone.vide" : "coordonnees.erreur.telephone"));
                if (!valide || adresse.isEmpty() || numero.isEmpty()) {
                    List.of(prenom, nom, telephone).stream().filter(TextField::isInvalid).findFirst()
                            .ifPresentOrElse(TextField::focus, email::focus);
                    return;
                }
                var disponibilites = moments.getSelectedItems().stream().sorted().map(this::getTranslation)
                        .reduce((a, b) -> a + " ; " + b).orElse(null);
                alerte.removeAll();
                alerte.removeClassName("pc-alerte");
                RappelEnLigne rappel;
                try {
                    rappel = reservations.demanderRappel(contexte,
                            new Identite(prenom.getValue(), nom.getValue(), adresse.get(), numero.get()),
                            disponibilites, Origine.courante());
                } catch (SaisieRefusee refus) {
                    // Said beside each field, which keeps what was typed.
                    Saisie.montrer(refus, Map.of("prenom", prenom, "nom", nom, "telephone", telephone));
                    return;
                }
                switch (rappel) {
                    case RappelEnLigne.TropDeDemandes trop -> {
                        var refus = new Paragraph(getTranslation("rappel.trop",
                                Reessai.quand(this, trop.reessayerApres(), horloge)));
                        refus.setId("trop-de-demandes");
                        alerte.add(refus);
                        alerte.addClassName("pc-alerte");
                    }
                    case RappelEnLigne.Envoye envoye -> envoye(envoye);
                }
            } finally {
                envoyer.setEnabled(true);
            }
        });
        add(new H1(getTranslation("rappel.titre")), intro, formulaire);
    }

    /** The same page whatever the address: what was asked, and where the answer is. */
    private void envoye(RappelEnLigne.Envoye envoye) {
        removeAll();
        var titre = new H1(getTranslation("rappel.fait.titre"));
        titre.setId("rappel-enregistre");
        var texte = new Paragraph(getTranslation("rappel.fait.texte", envoye.email()));
        texte.setId("rappel-courriel");
        texte.addClassName("pc-succes");
        texte.getElement().setAttribute("role", "status");
        var numero = new Paragraph(getTranslation("rappel.fait.numero", envoye.telephone()));
        var pasRecu = new Paragraph(getTranslation("confirmation.pasrecu", envoye.email()));
        pasRecu.addClassName("pc-discret");
        var creneaux = new Anchor("/rendez-vous/creneaux", getTranslation("rappel.fait.creneaux"));
        creneaux.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        add(titre, texte, numero, pasRecu, new Paragraph(getTranslation("rappel.fait.creneau")),
                new Paragraph(creneaux));
        getElement().executeJs("window.scrollTo(0, 0); const h = document.querySelector('main h1');"
                + "if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
    }

    private TextField champ(String id, String libelle, String autocomplete) {
        var champ = new TextField(getTranslation(libelle));
        champ.setId(id);
        champ.setWidthFull();
        champ.setMaxLength(100);
        champ.setManualValidation(true);
        champ.setRequiredIndicatorVisible(true);
        champ.getElement().setAttribute("autocomplete", autocomplete);
        return champ;
    }

    private boolean exiger(TextField champ, String cle) {
        var vide = champ.getValue().isBlank();
        champ.setErrorMessage(getTranslation(cle));
        champ.setInvalid(vide);
        return !vide;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rappel.titre") + " – " + getTranslation("portail.nom");
    }
}
