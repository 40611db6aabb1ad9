package fr.portailcep.signature;

import java.util.List;

/**
 * What {@link Verification} found in a sealed document, in plain French: each check with its outcome, the
 * signers, and the verdict ("intact" only when every check holds).
 *
 * @param intact true only when the seal, the evidence and the chain all hold
 * @param verdict "Le document est intact." or "Le document a été modifié : ..." (with the first reason)
 * @param constats every check, in order
 * @param signataires one line per signer (name, role, date, method)
 */
public record RapportVerification(boolean intact, String verdict, List<Constat> constats, List<String> signataires) {

    public RapportVerification {
        constats = List.copyOf(constats);
        signataires = List.copyOf(signataires);
    }

    /** One check: {@code ok} false means the document cannot be called intact; {@code avertissement} informs. */
    public record Constat(Niveau niveau, String texte) {
    }

    public enum Niveau {
        OK, AVERTISSEMENT, ECHEC
    }

    /** The report as text, for the command line. */
    public String texte() {
        var texte = new StringBuilder(verdict).append('\n');
        for (var constat : constats) {
            texte.append(switch (constat.niveau()) {
                case OK -> "  [ok] ";
                case AVERTISSEMENT -> "  [!]  ";
                case ECHEC -> "  [X]  ";
            }).append(constat.texte()).append('\n');
        }
        signataires.forEach(s -> texte.append("  - ").append(s).append('\n'));
        return texte.toString();
    }
}
