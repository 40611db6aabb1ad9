package fr.portailcep.beneficiaire;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BeneficiaireRepository extends JpaRepository<Beneficiaire, UUID> {

    Optional<Beneficiaire> findByCompteId(UUID compteId);

    Optional<Beneficiaire> findByEmail(String email);
}
