package fr.portailcep.compte;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person for Spring Security, by email address (the passkey's user name). There is no password: the
 * portal signs people in with a passkey or an emailed one-time code, never with a password.
 */
@Service
class ComptePortailUserDetailsService implements UserDetailsService {

    private final CompteRepository comptes;

    ComptePortailUserDetailsService(CompteRepository comptes) {
        this.comptes = comptes;
    }

    @Override
    @Transactional(readOnly = true)
    @fr.portailcep.shared.Systeme
    public UserDetails loadUserByUsername(String email) {
        var compte = AdresseCourriel.lire(email).flatMap(a -> comptes.findByEmail(a.valeur()))
                .filter(Compte::actif)
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu ou désactivé"));
        return User.withUsername(compte.email())
                .password("")
                .authorities(List.of(new SimpleGrantedAuthority(compte.role().autorite())))
                .build();
    }
}
