package fr.portailcep.operateur;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import fr.portailcep.compte.Role;

/**
 * What a member of the operator's staff may do to another member: open their agenda and offer, reset their access,
 * deactivate them, change their sites. The operator's teams are its sites: a manager acts on the people who work at
 * one of their sites, never on themself, never on a médiateur (France compétences' own, independent of the
 * operator), never on another manager's passkeys. Plain rule, tested with a table of cases
 * ({@code RegleEquipeTest}); {@link PolitiqueAcces} applies it to the person signed in.
 */
public final class RegleEquipe {

    /** An act of one member of staff on another. */
    public enum Acte {
        /** See and manage the agenda, opening hours and absences; mark rendez-vous held or cancel them. */
        AGENDA,
        /** Remove every passkey and close every session (lost passkey). */
        REINITIALISER_ACCES,
        DESACTIVER,
        REACTIVER,
        MODIFIER_SITES
    }

    /** A member of staff as the rule sees them. */
    public record Membre(UUID id, Role role, Set<UUID> sites) {
        public Membre {
            sites = sites == null ? Set.of() : Set.copyOf(sites);
        }
    }

    private RegleEquipe() {
    }

    public static boolean permis(Membre auteur, Membre cible, Acte acte) {
        if (auteur == null || cible == null || !auteur.role().estProfessionnel() || !cible.role().estProfessionnel()) {
            return false;
        }
        var soi = auteur.id().equals(cible.id());
        if (acte == Acte.AGENDA && soi) {
            return auteur.role() != Role.MEDIATEUR;
        }
        if (soi || auteur.role() != Role.MANAGER || cible.role() == Role.MEDIATEUR) {
            return false;
        }
        var memeEquipe = cible.sites().isEmpty() || cible.sites().stream().anyMatch(auteur.sites()::contains);
        return memeEquipe && switch (acte) {
            case AGENDA, REINITIALISER_ACCES, MODIFIER_SITES -> cible.role() == Role.CONSEILLER;
            case DESACTIVER, REACTIVER -> true;
        };
    }

    /**
     * What the state of the account leaves possible: an active member's sites and access are changed and they are
     * deactivated; an inactive member is only reactivated. The agenda does not depend on it.
     */
    public static boolean possibleSelonEtat(Acte acte, boolean actif) {
        return switch (acte) {
            case AGENDA -> true;
            case REACTIVER -> !actif;
            case REINITIALISER_ACCES, DESACTIVER, MODIFIER_SITES -> actif;
        };
    }

    /**
     * The sites a manager may give when inviting someone, or add to / remove from a member's sites: their own.
     * A member's other sites stay as they are.
     */
    public static boolean sitesPermis(Membre auteur, Collection<UUID> sites) {
        return auteur != null && auteur.role() == Role.MANAGER && auteur.sites().containsAll(sites);
    }

    /** The roles a manager may invite: conseillers and managers of the operator; médiateurs come from configuration. */
    public static boolean roleInvitable(Role role) {
        return role == Role.CONSEILLER || role == Role.MANAGER;
    }
}
