package fr.portailcep.livrable.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.livrable.ContenuLivrable;
import fr.portailcep.livrable.EtatDesLieux;
import fr.portailcep.livrable.EtatLivrable;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.ProjetProfessionnel;
import fr.portailcep.livrable.SouhaitDeClore;
import fr.portailcep.livrable.VueLivrable;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The conseiller's editor of a livrable: one field per section of its content record. A list of paragraphs is a text
 * area with one paragraph per line; the decision a radio group; the next steps and the plan editable rows; each
 * service wanted a select among the organisations that deliver it; the wish for UO2.2 a checkbox. The names, the
 * dossier's number and the interview's day come from the draft as the service prefilled it. Saved with
 * {@link LivrablesService#modifier} against the version read, so a change made meanwhile is refused, not lost.
 */
class EditeurLivrable extends Div {

    /**
     * Bounds of the text fields (maxlength and counter). The contract gives no column length yet: the service checks
     * the real ones and its refusal is shown beside the field.
     */
    static final int LONGUEUR_SECTION = 8000;
    static final int LONGUEUR_LIGNE = 500;

    private final Formulaire<Object> formulaire = Formulaire.libre();
    private final Supplier<ContenuLivrable> contenu;

    EditeurLivrable(VueLivrable livrable, LivrablesService livrables, Consumer<VueLivrable> enregistre,
            Runnable fermer) {
        addClassNames("pc-formulaire", "pc-editeur-livrable");
        setId("editeur-livrable");
        add(new H3(getTranslation("livrable.editeur.titre", Livrables.type(this, livrable))));
        if (livrable.etat() == EtatLivrable.EN_SIGNATURE) {
            var avertissement = new Paragraph(getTranslation("livrable.modifier.avertissement",
                    livrable.version() + 1, livrable.version()));
            avertissement.addClassName("pc-avis");
            avertissement.setId("avertissement-version");
            add(avertissement);
        }
        contenu = switch (livrable.contenu()) {
            case EtatDesLieux e -> etatDesLieux(e);
            case ProjetProfessionnel p -> projetProfessionnel(p);
            case SouhaitDeClore s -> souhaitDeClore(s);
            default -> throw new IllegalStateException("Livrable sans éditeur : " + livrable.contenu().getClass());
        };
        var enregistrer = new Button(getTranslation("livrable.enregistrer"));
        enregistrer.setId("enregistrer-livrable");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        int versionLue = livrable.version();
        formulaire.soumettre(enregistrer, x -> enregistre.accept(livrables.modifier(livrable.id(), versionLue,
                contenu.get())));
        var annuler = new Button(getTranslation("livrable.fermer"), e -> fermer.run());
        annuler.setId("fermer-editeur");
        var boutons = new Div(enregistrer, annuler);
        boutons.addClassName("pc-actions");
        add(formulaire.erreurs(), boutons);
    }

    private Supplier<ContenuLivrable> etatDesLieux(EtatDesLieux e) {
        var entretien = date("entretien", "livrable.editeur.entretien", e.entretien());
        var situation = paragraphes("situation", "livrable.editeur.situation", "livrable.editeur.lignes",
                e.situation());
        var informations = paragraphes("informationsEchangees", "livrable.editeur.informations",
                "livrable.editeur.une.ligne", e.informationsEchangees());
        var decision = new RadioButtonGroup<EtatDesLieux.Decision>(getTranslation("livrable.editeur.decision"));
        decision.setId("decision");
        decision.setItems(EtatDesLieux.Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("livrable.editeur.decision." + d.name()));
        decision.setValue(e.decision());
        formulaire.champ("decision", decision);
        add(decision);
        var suites = new Lignes<EtatDesLieux.Etape>("suites", "livrable.editeur.suites",
                "livrable.editeur.etape.ajouter", e.suites(), this::etape);
        add(suites);
        return () -> new EtatDesLieux(e.numeroDossier(), e.personne(), e.conseiller(),
                valeurOu(entretien, e.entretien()), lignes(situation), lignes(informations), decision.getValue(),
                suites.valeurs());
    }

    private Supplier<ContenuLivrable> projetProfessionnel(ProjetProfessionnel p) {
        var date = date("date", "livrable.editeur.date", p.date());
        var projet = paragraphes("projet", "livrable.editeur.projet", "livrable.editeur.lignes", p.projet());
        var competences = paragraphes("competences", "livrable.editeur.competences", "livrable.editeur.une.ligne",
                p.competences());
        var ecarts = paragraphes("ecarts", "livrable.editeur.ecarts", "livrable.editeur.une.ligne", p.ecarts());
        var informations = paragraphes("informationsPartagees", "livrable.editeur.informations.partagees",
                "livrable.editeur.une.ligne", p.informationsPartagees());
        var plan = new Lignes<ProjetProfessionnel.ActionPrevue>("plan", "livrable.editeur.plan",
                "livrable.editeur.action.ajouter", p.plan(), this::action);
        add(plan);

        var services = new Div(new H4(getTranslation("livrable.editeur.services")));
        services.setId("services");
        services.addClassName("pc-editeur-groupe");
        var choix = new ArrayList<Supplier<ProjetProfessionnel.ServiceVoulu>>();
        if (p.services().isEmpty()) {
            services.add(new Paragraph(getTranslation("livrable.editeur.service.vide")));
        }
        for (int i = 0; i < p.services().size(); i++) {
            var service = p.services().get(i);
            var select = new Select<String>();
            select.setId("service-" + i);
            select.setLabel(getTranslation("livrable.editeur.service.choisi", service.service()));
            select.setItems(service.organismes());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("livrable.editeur.service.aucun"));
            select.setWidthFull();
            if (service.choisi() != null && service.organismes().contains(service.choisi())) {
                select.setValue(service.choisi());
            }
            formulaire.champ("services[" + i + "].choisi", select);
            services.add(select);
            choix.add(() -> new ProjetProfessionnel.ServiceVoulu(service.service(), service.organismes(),
                    select.getValue()));
        }
        add(services);

        var souhait = new Checkbox(getTranslation("livrable.editeur.souhait.uo22"), p.souhaitUo22());
        souhait.setId("souhait-uo22");
        formulaire.champ("souhaitUo22", souhait);
        add(souhait);
        return () -> new ProjetProfessionnel(p.numeroDossier(), p.personne(), p.conseiller(), valeurOu(date, p.date()),
                lignes(projet), lignes(competences), lignes(ecarts), lignes(informations), plan.valeurs(),
                choix.stream().map(Supplier::get).toList(), souhait.getValue());
    }

    private Supplier<ContenuLivrable> souhaitDeClore(SouhaitDeClore s) {
        var date = date("date", "livrable.editeur.date", s.date());
        var souhait = paragraphes("souhait", "livrable.editeur.souhait", "livrable.editeur.lignes", s.souhait());
        var bilan = paragraphes("bilan", "livrable.editeur.bilan", "livrable.editeur.une.ligne", s.bilan());
        return () -> new SouhaitDeClore(s.numeroDossier(), s.personne(), s.conseiller(), valeurOu(date, s.date()),
                lignes(souhait), lignes(bilan));
    }

    // ------------------------------------------------------------------------------------------------ fields

    private DatePicker date(String nom, String cle, LocalDate valeur) {
        var date = Dates.selecteur(getTranslation(cle));
        date.setId(nom);
        date.setValue(valeur);
        formulaire.champ(nom, date);
        add(date);
        return date;
    }

    private TextArea paragraphes(String nom, String cle, String aide, List<String> valeur) {
        var zone = new TextArea(getTranslation(cle));
        zone.setId(nom);
        zone.setWidthFull();
        zone.setMinRows(3);
        zone.setHelperText(getTranslation(aide));
        Livrables.envoyeALaSaisie(Saisie.limiter(zone, LONGUEUR_SECTION));
        zone.setValue(String.join("\n", valeur));
        formulaire.champ(nom, zone);
        add(zone);
        return zone;
    }

    /** One paragraph per line, blank lines dropped. */
    static List<String> lignes(TextArea zone) {
        return Arrays.stream(zone.getValue().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static LocalDate valeurOu(DatePicker date, LocalDate defaut) {
        return date.getValue() == null ? defaut : date.getValue();
    }

    private Ligne<EtatDesLieux.Etape> etape(int numero, String nom, EtatDesLieux.Etape valeur) {
        var action = texte(nom + ".action", getTranslation("livrable.editeur.etape.action", numero),
                valeur == null ? "" : valeur.action());
        var echeance = Dates.selecteur(getTranslation("livrable.editeur.etape.echeance", numero));
        echeance.setId(id(nom) + "-echeance");
        if (valeur != null) {
            echeance.setValue(valeur.echeance());
        }
        formulaire.champ(nom + ".echeance", echeance);
        return new Ligne<>(List.of(action, echeance), getTranslation("livrable.editeur.etape.retirer", numero),
                () -> action.getValue().isBlank() && echeance.getValue() == null ? null
                        : new EtatDesLieux.Etape(action.getValue().strip(), echeance.getValue()),
                () -> action.getValue().isBlank() && echeance.getValue() != null ? nom + ".action" : null,
                "livrable.refus.etape.vide");
    }

    private Ligne<ProjetProfessionnel.ActionPrevue> action(int numero, String nom,
            ProjetProfessionnel.ActionPrevue valeur) {
        var intitule = texte(nom + ".intitule", getTranslation("livrable.editeur.action.intitule", numero),
                valeur == null ? "" : valeur.intitule());
        var echeance = Dates.selecteur(getTranslation("livrable.editeur.action.echeance", numero));
        echeance.setId(id(nom) + "-echeance");
        var financement = texte(nom + ".financement", getTranslation("livrable.editeur.action.financement", numero),
                valeur == null || valeur.financement() == null ? "" : valeur.financement());
        if (valeur != null) {
            echeance.setValue(valeur.echeance());
        }
        formulaire.champ(nom + ".echeance", echeance);
        return new Ligne<>(List.of(intitule, echeance, financement),
                getTranslation("livrable.editeur.action.retirer", numero),
                () -> intitule.getValue().isBlank() && echeance.getValue() == null && financement.getValue().isBlank()
                        ? null
                        : new ProjetProfessionnel.ActionPrevue(intitule.getValue().strip(), echeance.getValue(),
                                financement.getValue().isBlank() ? null : financement.getValue().strip()),
                () -> intitule.getValue().isBlank()
                        && (echeance.getValue() != null || !financement.getValue().isBlank()) ? nom + ".intitule" : null,
                "livrable.refus.action.vide");
    }

    private TextField texte(String nom, String libelle, String valeur) {
        var champ = new TextField(libelle);
        champ.setId(id(nom));
        champ.setWidthFull();
        Livrables.envoyeALaSaisie(Saisie.limiter(champ, LONGUEUR_LIGNE));
        champ.setValue(valeur);
        formulaire.champ(nom, champ);
        return champ;
    }

    /** "suites[0].action" → "suites-0-action": an id a CSS selector can name. */
    private static String id(String nom) {
        return nom.replace("[", "-").replace("].", "-").replace("]", "").replace('.', '-');
    }

    /**
     * A row of an editable list: its fields, what it gives (null when left empty: dropped), and the field to refuse
     * when it is half filled (a date with no action): its name in the form, or null.
     */
    private record Ligne<V>(List<Component> champs, String retirer, Supplier<V> valeur,
            Supplier<String> incomplet, String cleRefus) {
    }

    @FunctionalInterface
    private interface FabriqueLigne<V> {
        Ligne<V> creer(int numero, String nom, V valeur);
    }

    /** Editable rows (next steps, plan d'actions): add a row, remove one, empty rows dropped. */
    private final class Lignes<V> extends Div {

        private final String nom;
        private final FabriqueLigne<V> fabrique;
        private final Div rangees = new Div();
        private final List<Ligne<V>> lignes = new ArrayList<>();
        private final List<Div> blocs = new ArrayList<>();
        private int suivant;

        Lignes(String nom, String cle, String cleAjouter, List<V> valeurs, FabriqueLigne<V> fabrique) {
            this.nom = nom;
            this.fabrique = fabrique;
            setId(nom);
            addClassName("pc-editeur-groupe");
            rangees.addClassName("pc-editeur-lignes");
            var ajouter = new Button(getTranslation(cleAjouter), VaadinIcon.PLUS.create(), e -> ajouter(null));
            ajouter.setId("ajouter-" + nom);
            add(new H4(getTranslation(cle)), rangees, ajouter);
            valeurs.forEach(this::ajouter);
            if (valeurs.isEmpty()) {
                ajouter(null);
            }
        }

        private void ajouter(V valeur) {
            int indice = suivant++;
            var ligne = fabrique.creer(lignes.size() + 1, nom + "[" + indice + "]", valeur);
            var bloc = new Div();
            bloc.addClassName("pc-editeur-ligne");
            ligne.champs().forEach(bloc::add);
            var retirer = new Button(VaadinIcon.TRASH.create());
            retirer.setAriaLabel(ligne.retirer());
            retirer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            retirer.setId(id(nom + "[" + indice + "]") + "-retirer");
            retirer.addClickListener(e -> {
                lignes.remove(ligne);
                blocs.remove(bloc);
                rangees.remove(bloc);
            });
            bloc.add(retirer);
            lignes.add(ligne);
            blocs.add(bloc);
            rangees.add(bloc);
        }

        /** The rows filled in, in order; a half-filled row is refused beside its first field. */
        List<V> valeurs() {
            for (var ligne : lignes) {
                var incomplet = ligne.incomplet().get();
                if (incomplet != null) {
                    throw SaisieRefusee.de(incomplet, ligne.cleRefus());
                }
            }
            return lignes.stream().map(l -> l.valeur().get()).filter(v -> v != null).toList();
        }
    }
}
