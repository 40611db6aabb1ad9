package fr.portailcep.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/**
 * The one form layer of the portal, a small helper around Vaadin's {@link Binder}:
 * <ul>
 * <li>each field is bound under the name the server uses for it (the property of the command record), so that a
 * {@link SaisieRefusee} (field → why) or an {@link ActeRefuse} naming a field is shown in French <em>beside</em>
 * that field, which keeps what the person typed;</li>
 * <li>a refusal that names no field is shown in one place of the form ({@link #erreurs()}, read out by screen
 * readers), never in a notification that disappears;</li>
 * <li>{@link #soumettre} wires the button: it is disabled while the server works (a double click sends once),
 * the checks of the browser side run first (required fields…), then the action; every refusal lands beside its
 * field and the first refused field gets the focus.</li>
 * </ul>
 * The rules stay on the server: the checks declared here only spare a round trip (a required field), the server
 * checks again.
 *
 * @param <T> the command the form builds: a record ({@link #pour(Class)}) or nothing ({@link #libre()})
 */
public final class Formulaire<T> {

    private final Binder<T> binder;
    private final boolean enregistrement;
    private final Map<String, HasValue<?, ?>> champs = new LinkedHashMap<>();
    private final Div erreurs = new Div();

    private Formulaire(Binder<T> binder, boolean enregistrement) {
        this.binder = binder;
        this.enregistrement = enregistrement;
        // Only the checks the view declares run here (the server has the rules): the fields' own constraints
        // (an email pattern, a max length) would refuse with no French text.
        binder.setDefaultValidatorsEnabled(false);
        erreurs.addClassName("pc-erreur-formulaire");
        erreurs.getElement().setAttribute("role", "alert");
        erreurs.setVisible(false);
    }

    /**
     * A form that builds the record {@code type} (a public record): each field is bound to the record component of
     * its name; a component the person does not type (an id known to the view) is given by {@link #valeur}.
     */
    public static <R extends Record> Formulaire<R> pour(Class<R> type) {
        return new Formulaire<>(new Binder<>(type), true);
    }

    /** A form whose values the view reads itself from its fields (one or two fields, no command record). */
    public static Formulaire<Object> libre() {
        return new Formulaire<>(new Binder<>(), false);
    }

    /**
     * Binds a field under a name (for a record form: the record component of that name), with the checks given.
     * The name is the one the server's refusals use.
     */
    public <V> Formulaire<T> champ(String nom, HasValue<?, V> champ, Consumer<Binder.BindingBuilder<T, V>> regles) {
        var liaison = binder.forField(champ);
        if (regles != null) {
            regles.accept(liaison);
        }
        if (enregistrement) {
            liaison.bind(nom);
        } else {
            liaison.bind(x -> champ.getValue(), (x, v) -> {
            });
        }
        champs.put(nom, champ);
        return this;
    }

    /**
     * Binds a field whose value the command takes in another form (the sites ticked → their ids). The form only
     * writes commands, so the value is never read back into the field.
     */
    public <V, W> Formulaire<T> champConverti(String nom, HasValue<?, V> champ, Function<V, W> conversion) {
        var liaison = binder.forField(champ).withConverter(conversion::apply, valeur -> champ.getEmptyValue());
        if (enregistrement) {
            liaison.bind(nom);
        } else {
            liaison.bind(x -> null, (x, v) -> {
            });
        }
        champs.put(nom, champ);
        return this;
    }

    /** A record component the person does not type, read when the form is submitted (an id the view knows…). */
    public <V> Formulaire<T> valeur(String nom, Supplier<V> valeur) {
        binder.forField(new ValeurCalculee<>(valeur)).bind(nom);
        return this;
    }

    /** Binds a field with no check of the browser side. */
    public <V> Formulaire<T> champ(String nom, HasValue<?, V> champ) {
        return champ(nom, champ, null);
    }

    /**
     * Binds a field the person must fill in; {@code cle} names the French text shown beside it when empty. A select
     * gets no required marker: a {@code vaadin-select} turns it into an {@code aria-required} that its button may not
     * carry (axe, critical); it is refused beside the field all the same.
     */
    public <V> Formulaire<T> obligatoire(String nom, HasValue<?, V> champ, String cle) {
        if (champ instanceof Select<?>) {
            return champ(nom, champ, b -> b.withValidator(v -> v != null, texte(cle)));
        }
        return champ(nom, champ, b -> b.asRequired(texte(cle)));
    }

    /** The place of the form where a refusal that names no field is shown (put it just above the buttons). */
    public Component erreurs() {
        return erreurs;
    }

    /**
     * Runs the checks of the browser side and builds the command.
     *
     * @return the command, or empty when a field is refused (its message is shown beside it and it has the focus)
     */
    public Optional<T> lire() {
        effacer();
        var statut = binder.validate();
        if (!statut.isOk()) {
            statut.getFieldValidationErrors().stream().findFirst()
                    .ifPresent(e -> focaliser(e.getField()));
            return Optional.empty();
        }
        if (!enregistrement) {
            return Optional.empty();
        }
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Whether the checks of the browser side pass (for a form with no command record). */
    public boolean valide() {
        effacer();
        var statut = binder.validate();
        statut.getFieldValidationErrors().stream().findFirst().ifPresent(e -> focaliser(e.getField()));
        return statut.isOk();
    }

    /**
     * Wires the button of a record form: disabled while the server works, checks, then {@code action} with the
     * command; each refusal of the server is shown beside its field.
     */
    public void soumettre(Button bouton, Consumer<T> action) {
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> {
            try {
                if (enregistrement) {
                    lire().ifPresent(commande -> executer(() -> action.accept(commande)));
                } else if (valide()) {
                    executer(() -> action.accept(null));
                }
            } finally {
                bouton.setEnabled(true);
            }
        });
    }

    /** Runs an act of the server and shows its refusals in the form. */
    public boolean executer(Runnable acte) {
        try {
            acte.run();
            return true;
        } catch (SaisieRefusee refus) {
            montrer(refus);
        } catch (ActeRefuse refus) {
            montrer(refus);
        }
        return false;
    }

    /** Shows each refused field beside it (the first one gets the focus); fields not on the form above the buttons. */
    public void montrer(SaisieRefusee refus) {
        HasValue<?, ?> premier = null;
        for (var erreur : refus.erreurs().entrySet()) {
            var champ = champs.get(erreur.getKey());
            if (champ instanceof HasValidation validable) {
                validable.setErrorMessage(texte(erreur.getValue()));
                validable.setInvalid(true);
                if (premier == null) {
                    premier = champ;
                }
            } else {
                ajouterErreur(texte(erreur.getValue()));
            }
        }
        if (premier != null) {
            focaliser(premier);
        }
    }

    /** Shows a refused act beside the field it names, or above the buttons. */
    public void montrer(ActeRefuse refus) {
        var champ = refus.champ().map(champs::get).orElse(null);
        if (champ instanceof HasValidation validable) {
            validable.setErrorMessage(texte(refus.refus()));
            validable.setInvalid(true);
            focaliser(champ);
        } else {
            ajouterErreur(texte(refus.refus()));
        }
    }

    /** Shows one refusal of the view's own making (a key of the bundles) beside a field. */
    public void refuser(String nom, String cle, Object... arguments) {
        montrer(SaisieRefusee.de(nom, cle, arguments));
    }

    /** Clears every message of the server (the checks of the browser side are run again by {@link #lire()}). */
    public void effacer() {
        erreurs.removeAll();
        erreurs.setVisible(false);
        for (var champ : champs.values()) {
            if (champ instanceof HasValidation validable && validable.isInvalid()) {
                validable.setInvalid(false);
            }
        }
    }

    /** The Vaadin binder under the form, for what this helper does not cover (a converter, a cross-field check). */
    public Binder<T> binder() {
        return binder;
    }

    private void ajouterErreur(String texte) {
        var ligne = new Div(texte);
        erreurs.add(ligne);
        erreurs.setVisible(true);
    }

    private String texte(Saisies.Refus refus) {
        return erreurs.getTranslation(refus.cle(), refus.argumentsEnTableau());
    }

    private String texte(String cle) {
        return erreurs.getTranslation(cle);
    }

    private static void focaliser(HasValue<?, ?> champ) {
        if (champ instanceof Focusable<?> focalisable) {
            focalisable.focus();
        }
    }

    /** A value of the command that is no field: read from the view when the form is submitted. */
    private static final class ValeurCalculee<V> implements HasValue<HasValue.ValueChangeEvent<V>, V> {

        private final Supplier<V> valeur;

        ValeurCalculee(Supplier<V> valeur) {
            this.valeur = valeur;
        }

        @Override
        public void setValue(V value) {
            // Read only: the view owns this value.
        }

        @Override
        public V getValue() {
            return valeur.get();
        }

        @Override
        public Registration addValueChangeListener(ValueChangeListener<? super ValueChangeEvent<V>> listener) {
            return () -> {
            };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public void setRequiredIndicatorVisible(boolean visible) {
        }

        @Override
        public boolean isRequiredIndicatorVisible() {
            return false;
        }
    }
}
