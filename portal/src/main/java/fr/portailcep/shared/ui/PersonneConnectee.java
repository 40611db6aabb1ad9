package fr.portailcep.shared.ui;

import java.util.Optional;

/** The name to show for the person signed in (provided by the accounts feature). */
@FunctionalInterface
public interface PersonneConnectee {

    Optional<String> nomAffiche();
}
