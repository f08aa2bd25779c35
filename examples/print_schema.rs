fn main() {
    print!(
        "{}",
        kientruc::schema::generate::schema_text(kientruc::schema::generate::SchemaKind::Model)
    );
}
