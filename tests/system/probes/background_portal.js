// A stand-in for xdg-desktop-portal's Background portal (Debian 12's GNOME session has the real
// one; the test desktop has none), at the true edge: it owns org.freedesktop.portal.Desktop on
// the session bus, answers RequestBackground as the portal does (a Request object path, then
// its Response signal), allows what is asked, and prints each request's options as one JSON
// line. Run with gjs; DBUS_SESSION_BUS_ADDRESS names the bus.
const {Gio, GLib} = imports.gi;

const IFACE = `<node>
  <interface name="org.freedesktop.portal.Background">
    <method name="RequestBackground">
      <arg type="s" name="parent_window" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="handle" direction="out"/>
    </method>
    <property name="version" type="u" access="read"/>
  </interface>
</node>`;

const loop = new GLib.MainLoop(null, false);
const bus = Gio.DBus.session;

const portal = {
    get version() { return 1; },
    RequestBackgroundAsync([parentWindow, options], invocation) {
        const sender = invocation.get_sender().substring(1).replace(/\./g, '_');
        const token = options.handle_token ? options.handle_token.deepUnpack() : 'kindtest';
        const handle = `/org/freedesktop/portal/desktop/request/${sender}/${token}`;
        const asked = {sender: invocation.get_sender(), parent_window: parentWindow};
        for (const [key, value] of Object.entries(options))
            asked[key] = value.deepUnpack();
        print(JSON.stringify(asked));
        invocation.return_value(new GLib.Variant('(o)', [handle]));
        const autostart = options.autostart ? options.autostart.deepUnpack() : false;
        GLib.idle_add(GLib.PRIORITY_DEFAULT, () => {
            bus.emit_signal(invocation.get_sender(), handle, 'org.freedesktop.portal.Request',
                'Response', new GLib.Variant('(ua{sv})', [0, {
                    background: new GLib.Variant('b', true),
                    autostart: new GLib.Variant('b', autostart),
                }]));
            return GLib.SOURCE_REMOVE;
        });
    },
};

const exported = Gio.DBusExportedObject.wrapJSObject(IFACE, portal);
exported.export(bus, '/org/freedesktop/portal/desktop');
Gio.bus_own_name_on_connection(bus, 'org.freedesktop.portal.Desktop',
    Gio.BusNameOwnerFlags.NONE,
    () => print(JSON.stringify({ready: true})),
    () => { printerr('lost the name'); loop.quit(); });
loop.run();
