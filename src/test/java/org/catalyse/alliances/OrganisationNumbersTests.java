package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTests {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "356000000", "212901516", "242900835"})
    void acceptsSirensWithTheirLuhnKey(String siren) {
        assertThat(OrganisationNumbers.validSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "123456789", "12345678", "1234567890", "73282932A", ""})
    void refusesWrongSirens(String siren) {
        assertThat(OrganisationNumbers.validSiren(siren)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"73282932000074,true", "73282932000075,false", "35600000000001,true", "35600000000002,false"})
    void checksSiretsIncludingLaPostesRule(String siret, boolean valid) {
        assertThat(OrganisationNumbers.validSiret(siret)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"W751234567,true", "W75123456,false", "X751234567,false", "w751234567,false", "W7512345678,false"})
    void checksRnaNumbers(String rna, boolean valid) {
        assertThat(OrganisationNumbers.validRna(rna)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"'732 829 320',732829320", "'732.829.320',732829320", "'w75-1234567',W751234567"})
    void cleansWhatPeopleType(String typed, String cleaned) {
        assertThat(OrganisationNumbers.clean(typed)).isEqualTo(cleaned);
    }
}
