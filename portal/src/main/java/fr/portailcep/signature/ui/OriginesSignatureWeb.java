package fr.portailcep.signature.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import fr.portailcep.compte.web.OriginesWebAuthn;
import fr.portailcep.signature.OriginesAutorisees;

/** The signing ceremony accepts the same origins as the sign-in ceremony. */
@Component
class OriginesSignatureWeb implements OriginesAutorisees {

    private final OriginesWebAuthn origines;

    OriginesSignatureWeb(OriginesWebAuthn origines) {
        this.origines = origines;
    }

    @Override
    public Set<String> origines() {
        return Set.copyOf(origines.valeurs());
    }
}
