package fr.portailcep.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/** The one form layer: the command is built from the fields, and every refusal lands beside its field. */
class FormulaireTest {

    public record Fiche(String nom, String adresse) {
    }

    private final TextField nom = new TextField();
    private final TextArea adresse = new TextArea();
    private final Formulaire<Fiche> formulaire = Formulaire.pour(Fiche.class)
            .obligatoire("nom", nom, "test.nom.vide")
            .champ("adresse", adresse);

    @Test
    void construit_la_commande_depuis_les_champs() {
        nom.setValue("Lyon Part-Dieu");
        adresse.setValue("1 rue Garibaldi");

        assertThat(formulaire.lire()).contains(new Fiche("Lyon Part-Dieu", "1 rue Garibaldi"));
        assertThat(nom.isInvalid()).isFalse();
    }

    public record Message(String texte, String piece) {
    }

    @Test
    void une_valeur_que_la_personne_ne_tape_pas_vient_de_la_vue() {
        var texte = new TextArea();
        texte.setValue("Bonjour");
        var piece = new String[] {"avant"};
        var message = Formulaire.pour(Message.class).champ("texte", texte).valeur("piece", () -> piece[0]);
        piece[0] = "cv.pdf";
        assertThat(message.lire()).contains(new Message("Bonjour", "cv.pdf"));
    }

    @Test
    void un_champ_obligatoire_vide_est_refuse_a_cote_du_champ_sans_appeler_le_serveur() {
        adresse.setValue("1 rue Garibaldi");
        var appels = new ArrayList<Fiche>();
        var bouton = new Button();
        formulaire.soumettre(bouton, appels::add);

        bouton.click();

        assertThat(appels).isEmpty();
        assertThat(nom.isInvalid()).isTrue();
        assertThat(nom.getErrorMessage()).contains("test.nom.vide");
        assertThat(adresse.getValue()).isEqualTo("1 rue Garibaldi");
        assertThat(bouton.isEnabled()).isTrue();
    }

    @Test
    void les_refus_du_serveur_vont_a_cote_de_leurs_champs_et_gardent_la_saisie() {
        nom.setValue("Lyon");
        adresse.setValue("‮ rue");
        var erreurs = new LinkedHashMap<String, Saisies.Refus>();
        erreurs.put("adresse", Saisies.Refus.de("saisie.inversion"));
        erreurs.put("telephone", Saisies.Refus.de("saisie.telephone"));
        var bouton = new Button();
        formulaire.soumettre(bouton, f -> {
            throw new SaisieRefusee(erreurs);
        });

        bouton.click();

        assertThat(adresse.isInvalid()).isTrue();
        assertThat(adresse.getErrorMessage()).contains("saisie.inversion");
        assertThat(adresse.getValue()).isEqualTo("‮ rue");
        assertThat(nom.isInvalid()).isFalse();
        // A refused field the form does not show is said above the buttons.
        assertThat(formulaire.erreurs().isVisible()).isTrue();
        assertThat(formulaire.erreurs().getElement().getTextRecursively()).contains("saisie.telephone");
        assertThat(formulaire.erreurs().getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void un_acte_refuse_va_a_cote_du_champ_qu_il_nomme_sinon_au_dessus_des_boutons() {
        nom.setValue("Lyon");
        formulaire.executer(() -> {
            throw ActeRefuse.surLeChamp("nom", "test.nom.pris", "Lyon");
        });
        assertThat(nom.isInvalid()).isTrue();
        assertThat(nom.getErrorMessage()).contains("test.nom.pris");

        formulaire.effacer();
        assertThat(nom.isInvalid()).isFalse();
        assertThat(formulaire.erreurs().isVisible()).isFalse();

        formulaire.executer(() -> {
            throw new ActeRefuse("test.site.ferme");
        });
        assertThat(nom.isInvalid()).isFalse();
        assertThat(formulaire.erreurs().getElement().getTextRecursively()).contains("test.site.ferme");
    }

    @Test
    void un_nouvel_envoi_efface_les_refus_precedents() {
        nom.setValue("Lyon");
        var reponses = new ArrayList<>(List.<Runnable>of(() -> {
            throw ActeRefuse.surLeChamp("nom", "test.nom.pris");
        }, () -> {
        }));
        var bouton = new Button();
        formulaire.soumettre(bouton, f -> reponses.removeFirst().run());

        bouton.click();
        assertThat(nom.isInvalid()).isTrue();
        bouton.click();
        assertThat(nom.isInvalid()).isFalse();
        assertThat(reponses).isEmpty();
    }

    @Test
    void un_formulaire_libre_verifie_ses_champs_et_appelle_l_action() {
        var message = new TextArea();
        var libre = Formulaire.libre().obligatoire("texte", message, "test.message.vide");
        var appels = new ArrayList<Object>();
        var bouton = new Button();
        libre.soumettre(bouton, appels::add);

        bouton.click();
        assertThat(message.isInvalid()).isTrue();
        assertThat(appels).isEmpty();

        message.setValue("Bonjour");
        bouton.click();
        assertThat(message.isInvalid()).isFalse();
        assertThat(appels).hasSize(1);
    }

    @Test
    void un_choix_obligatoire_est_refuse_a_cote_du_champ_sans_marque_requise_que_axe_refuse() {
        var choix = new Select<String>();
        choix.setItems("UO1", "UO2.1");
        var libre = Formulaire.libre().obligatoire("uo", choix, "test.uo.vide");

        assertThat(choix.isRequiredIndicatorVisible()).isFalse();
        assertThat(libre.valide()).isFalse();
        assertThat(choix.isInvalid()).isTrue();
        assertThat(choix.getErrorMessage()).contains("test.uo.vide");

        choix.setValue("UO1");
        assertThat(libre.valide()).isTrue();
    }

    public record Equipe(java.util.Set<Integer> sites) {
    }

    @Test
    void un_champ_converti_donne_a_la_commande_la_forme_qu_elle_prend_et_montre_ses_refus() {
        var choix = new com.vaadin.flow.component.checkbox.CheckboxGroup<String>();
        choix.setItems("Reims", "Strasbourg");
        var equipe = Formulaire.pour(Equipe.class).champConverti("sites", choix,
                noms -> noms.stream().map(String::length).collect(java.util.stream.Collectors.toSet()));
        choix.setValue(java.util.Set.of("Reims", "Strasbourg"));
        assertThat(equipe.lire()).contains(new Equipe(java.util.Set.of(5, 10)));

        equipe.executer(() -> {
            throw SaisieRefusee.de("sites", "test.sites.autres");
        });
        assertThat(choix.isInvalid()).isTrue();
        assertThat(choix.getErrorMessage()).contains("test.sites.autres");
    }

    @Test
    void un_champ_limite_envoie_chaque_frappe_sans_attente_pour_qu_un_clic_ne_perde_rien() {
        // A debounced mode (LAZY, TIMEOUT) loses a text filled in several input events when the button is clicked
        // at once (see Saisie.compter); MediationIT fills a multi-line text and checks what the server stored.
        var texte = new TextArea();
        texte.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        Saisie.limiter(texte, 4000);
        Saisie.limiter(nom, 200);

        assertThat(texte.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        assertThat(nom.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    }
}
