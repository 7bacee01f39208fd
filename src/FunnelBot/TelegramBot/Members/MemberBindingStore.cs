using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Members;

/// <summary>Stores which Telegram user each configured member is.</summary>
public sealed class MemberBindingStore
{
    private readonly ILiteCollection<MemberBinding> _bindings;

    public MemberBindingStore(FunnelDatabase database)
    {
        _bindings = database.Collection<MemberBinding>("member_bindings");
        _bindings.EnsureIndex(b => b.UserId, unique: false);
        _bindings.EnsureIndex(b => b.ChatId, unique: false);
    }

    public MemberBinding? ForMember(string memberKey) => _bindings.FindById(memberKey);

    public MemberBinding? ForUser(long userId) => _bindings.FindOne(b => b.UserId == userId);

    public IReadOnlyList<MemberBinding> All() => [.. _bindings.FindAll()];

    public void Save(MemberBinding binding) => _bindings.Upsert(binding);

    public void Remove(string memberKey) => _bindings.Delete(memberKey);

    public MemberBinding? ForChat(long chatId) => _bindings.FindOne(b => b.ChatId == chatId);
}
