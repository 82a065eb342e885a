import java.lang.reflect.Field;

/** Prints one of StatsSql's statements, so the floor runs exactly the SQL the endpoint runs. */
public class ExtractSql {
    public static void main(String[] args) throws Exception {
        Class<?> sql = Class.forName("org.duban.stats.StatsSql");
        Field field = sql.getDeclaredField(args[0]);
        field.setAccessible(true);
        System.out.println(((String) field.get(null)).strip() + ";");
    }
}
