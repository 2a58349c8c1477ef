package vn.lotrinh.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessPropertiesTest {

    private static final ConfiguredUser PLANNER = new ConfiguredUser("an", "{noop}mat-khau-an", "PLANNER");

    @Test
    void noUsersIsLocalMode() {
        assertThat(new AccessProperties(null).checkedUsers()).isEmpty();
    }

    @Test
    void aRoleIsReadInAnyCase() {
        List<User> users = new AccessProperties(List.of(PLANNER,
                new ConfiguredUser("binh", "{bcrypt}$2a$04$abc", " viewer "))).checkedUsers();

        assertThat(users).extracting(User::username, User::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("an", Role.PLANNER),
                        org.assertj.core.groups.Tuple.tuple("binh", Role.VIEWER));
    }

    @Test
    void aBlankNameIsRefusedByItsProperty() {
        assertThatIllegalStateException().isThrownBy(() -> new AccessProperties(List.of(PLANNER,
                new ConfiguredUser(" ", "{noop}x", "VIEWER"))).checkedUsers())
                .withMessageContaining("lotrinh.users[1].username").withMessageContaining("blank");
    }

    @Test
    void aNameGivenTwiceIsRefusedWhereItComesAgain() {
        assertThatIllegalStateException().isThrownBy(() -> new AccessProperties(List.of(PLANNER,
                new ConfiguredUser("an", "{noop}khac", "VIEWER"))).checkedUsers())
                .withMessageContaining("lotrinh.users[1].username").withMessageContaining("twice");
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheRoles() {
        assertThatIllegalStateException().isThrownBy(() -> new AccessProperties(List.of(
                new ConfiguredUser("an", "{noop}x", "ADMIN"))).checkedUsers())
                .withMessageContaining("lotrinh.users[0].role").withMessageContaining("PLANNER or VIEWER");
    }

    @Test
    void aPasswordWithoutItsEncodingIsRefusedWithoutSayingIt() {
        assertThatIllegalStateException().isThrownBy(() -> new AccessProperties(List.of(
                new ConfiguredUser("an", "bi-mat", "PLANNER"))).checkedUsers())
                .withMessageContaining("lotrinh.users[0].password").withMessageNotContaining("bi-mat");
        assertThatIllegalStateException().isThrownBy(() -> new AccessProperties(List.of(
                new ConfiguredUser("an", "{noop}", "PLANNER"))).checkedUsers())
                .withMessageContaining("lotrinh.users[0].password");
    }

    @Test
    void aUserPrintsWithoutItsPassword() {
        assertThat(PLANNER.toString()).doesNotContain("mat-khau-an");
    }
}
